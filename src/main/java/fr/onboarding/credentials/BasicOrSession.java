package fr.onboarding.credentials;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * An API call rides either on its own HTTP Basic credentials or on the portal's session, never on
 * both: a call that brings Basic credentials is not logged in by the session around it, so Basic
 * alone decides who it is (and its CSRF check may be skipped: nothing of the browser's is used).
 * Any other call is the session's, and then needs its CSRF token, whatever other header it has.
 */
final class BasicOrSession implements SecurityContextRepository {

    /** Nobody is logged in before the Basic credentials are checked. */
    private static final DeferredSecurityContext NO_ONE_YET = new DeferredSecurityContext() {
        @Override
        public SecurityContext get() {
            return SecurityContextHolder.createEmptyContext();
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    };

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    static boolean bringsBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return bringsBasicCredentials(request) ? NO_ONE_YET : session.loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return bringsBasicCredentials(holder.getRequest()) ? SecurityContextHolder.createEmptyContext() : session.loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (!bringsBasicCredentials(request)) {
            session.saveContext(context, request, response);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return !bringsBasicCredentials(request) && session.containsContext(request);
    }
}
