package fr.onboarding.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Log-in attempts per client address, before any password is checked: HTTP Basic calls and the
 * log-in form. Too many are answered 429 with Retry-After, which says nothing of any account.
 */
public class LoginRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits rateLimits;

    public LoginRateLimitFilter(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLogIn(request)) {
            try {
                rateLimits.consume(RateLimits.Limit.LOGIN, "ip:" + request.getRemoteAddr());
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

    private static boolean isLogIn(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }
}
