package fr.onboarding.myaccount;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import fr.onboarding.account.PortalUser;

/**
 * The database's sessions (Spring Session JDBC) are indexed by the logged-in account's id, which a
 * change of login e-mail leaves alone, so that {@link SessionsEndWithTheirPassword} finds them all.
 */
@Component
class SessionsByAccount implements IndexResolver<Session> {

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = context == null ? null : context.getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.accountId())
                : Map.of();
    }
}
