package fr.onboarding.web;

import java.io.IOException;
import java.util.Collections;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away, before anything else reads them, requests no client of the portal sends: a path
 * that is not in normal form ({@code //}, {@code ;}, dot segments, backslashes, encoded slashes or
 * dots), a Content-Type that is a wildcard, multipart or unreadable, and parameters with control characters
 * (a NUL byte). They get a 400 or 415 problem (a page, for a browser on a page), never a 500 from a layer below.
 */
@Component
@Order(OddRequestGuard.ORDER)
class OddRequestGuard extends OncePerRequestFilter {

    /** Right after the character encoding filter (parameters must be read as UTF-8), before security. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    private static final Pattern ODD_PATH = Pattern.compile(
            "//|;|\\\\|/\\.\\.?(/|$)|%2[eEfF]|%5[cC]|%00|[\\x00-\\x1f\\x7f]");

    private final Problems problems;

    OddRequestGuard(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readableContentType(request.getContentType())) {
            refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request, response);
            return;
        }
        if (ODD_PATH.matcher(request.getRequestURI()).find() || hasControlCharacters(request)) {
            refuse(HttpStatus.BAD_REQUEST, request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A browser on a page gets the portal's error page (with the pages' headers); anything else a problem. */
    private void refuse(HttpStatus status, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (wantsPage(request)) {
            response.sendError(status.value());
        } else {
            problems.write(status, request, response);
        }
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && !path.startsWith("/engine-rest/") && accept != null && accept.contains("text/html");
    }

    private static boolean readableContentType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            // Nothing here takes multipart, and reading its parameters would parse a body with no boundary.
            return !type.isWildcardType() && !type.isWildcardSubtype() && !"multipart".equalsIgnoreCase(type.getType());
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** Tabs and line breaks are text; any other C0 control character (a NUL byte...) or DEL is not. */
    private static boolean hasControlCharacters(HttpServletRequest request) {
        for (String name : Collections.list(request.getParameterNames())) {
            if (isControlled(name)) {
                return true;
            }
            for (String value : request.getParameterValues(name)) {
                if (isControlled(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isControlled(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 || c == 0x7f) && c != '\t' && c != '\n' && c != '\r');
    }
}
