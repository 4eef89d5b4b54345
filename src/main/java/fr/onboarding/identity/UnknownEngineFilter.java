package fr.onboarding.identity;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A webapp asked for an engine that does not exist ({@code /camunda/app/tasklist/nope/}) is not
 * found: Camunda's own filter would fail on it with a 500 and a stack trace in the log, which
 * anyone could fill that way.
 */
class UnknownEngineFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_OF_AN_ENGINE = Pattern.compile("/camunda/app/(admin|cockpit|tasklist|welcome)/([^/]+)/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher webapp = WEBAPP_OF_AN_ENGINE.matcher(request.getRequestURI());
        if (webapp.matches() && !ProcessEngines.getProcessEngines().containsKey(webapp.group(2))) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
