package fr.onboarding.myaccount;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import fr.onboarding.account.PortalUser;

/**
 * The database's sessions (Spring Session JDBC) are indexed by who is logged in, so that
 * {@link SessionsEndWithTheirPassword} finds them all: a portal session by its account's id (which
 * a change of login e-mail leaves alone), a Tasklist session by the engine user it logged in as
 * (a portal account logs in to Tasklist with its login e-mail).
 */
@Component
class SessionsByAccount implements IndexResolver<Session> {

    /** Where Camunda's webapps keep their log-in in the session (their AuthenticationUtil). */
    static final String TASKLIST_LOG_IN = "authenticatedUser";

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication portal = context == null ? null : context.getAuthentication();
        if (portal != null && portal.getPrincipal() instanceof PortalUser user) {
            return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.accountId());
        }
        if (session.getAttribute(TASKLIST_LOG_IN) instanceof Authentications tasklist && !tasklist.getAuthentications().isEmpty()) {
            return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                    tasklist.getAuthentications().get(0).getIdentityId());
        }
        return Map.of();
    }
}
