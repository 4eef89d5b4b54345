package fr.onboarding.web;

import jakarta.servlet.http.HttpServletResponse;

/** The headers every page of the portal is served with. */
public final class PageHeaders {

    /**
     * Scripts and styles come from the portal's own files only, never inline; the captcha is a data:
     * image; no page may be framed (clickjacking) and forms post only to the portal.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private PageHeaders() {
    }

    /**
     * For a page rendered where Spring Security's header writer did not run: the error page of a
     * request turned away before security.
     */
    static void addTo(HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
        }
    }
}
