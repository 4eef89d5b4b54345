package fr.onboarding.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Log-in attempts per client address and per login e-mail, before any password is checked: HTTP
 * Basic calls (portal API, engine REST API, operators), the portal's and the webapps' log-in forms. Too many are answered 429 with Retry-After, whatever the
 * account, so the answer says nothing of it.
 */
public class LoginRateLimitFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final RateLimits rateLimits;

    public LoginRateLimitFilter(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String loginEmail = loginEmail(request);
        if (loginEmail != null) {
            try {
                rateLimits.consume(RateLimits.Limit.LOGIN, "ip:" + request.getRemoteAddr(),
                        loginEmail.isEmpty() ? null : "email:" + loginEmail);
            } catch (RateLimitedException limited) {
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
                response.setCharacterEncoding("UTF-8");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The login e-mail of a log-in attempt, or null when the request is none ("" when unreadable). */
    private static String loginEmail(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                return credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')) : "";
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String form = request.getParameter("loginEmail");
            return form == null ? "" : form;
        }
        // The webapps' log-in form: its body is left to the engine's servlet, so only the address counts.
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches()) {
            return "";
        }
        return null;
    }
}
