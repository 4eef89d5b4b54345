package fr.onboarding.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever fails outside a controller (an unknown page, a request the firewall rejects, an error
 * the container reports) is told as every other error: {@code application/problem+json}, or a page
 * of the portal for a browser. Never Spring Boot's white page, never a stack trace or class name.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Pattern REFUSED_WEBAPP = Pattern.compile("/camunda/app/(cockpit|admin)(/.*)?");

    private final Problems problems;
    private final PortalLocaleResolver locales;

    ErrorPages(Problems problems, PortalLocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageHeaders.addTo(response);
        HttpStatus status = statusOf(request);
        ProblemDetail problem = problems.problem(status, locales.resolveLocale(request));
        model.addAttribute("problem", problem);
        model.addAttribute("refusedWebapp", status == HttpStatus.FORBIDDEN ? refusedWebapp(request) : null);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
        response.setStatus(status.value());
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Locale locale = locales.resolveLocale(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.problem(status, locale));
    }

    /**
     * Camunda refuses Cockpit or Admin to someone logged into its webapps without access, such as a
     * manager coming from Tasklist: the page then says which application is whose.
     */
    private static String refusedWebapp(HttpServletRequest request) {
        Matcher webapp = REFUSED_WEBAPP.matcher(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        return webapp.matches() ? webapp.group(1) : null;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND; // /error asked for directly: there is no such page
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
