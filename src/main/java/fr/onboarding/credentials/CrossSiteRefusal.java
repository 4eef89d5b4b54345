package fr.onboarding.credentials;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.onboarding.web.Problems;

/**
 * The operators' API takes HTTP Basic and no CSRF token: a browser that remembers an operator's
 * credentials would send them with a form or script of another site. A change asked from a web
 * page of another site (its {@code Sec-Fetch-Site} or {@code Origin} says so) is refused; scripts
 * and the same site send neither or their own.
 */
class CrossSiteRefusal extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Problems problems;

    CrossSiteRefusal(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            problems.write(HttpStatus.FORBIDDEN, request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !hostOf(origin).equalsIgnoreCase(String.valueOf(request.getHeader("Host")));
    }

    private static String hostOf(String origin) {
        try {
            URI uri = URI.create(origin);
            return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
