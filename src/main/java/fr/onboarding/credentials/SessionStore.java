package fr.onboarding.credentials;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import fr.onboarding.account.PortalUser;

/**
 * HTTP sessions live in the database (Spring Session JDBC, table {@code spring_session}), so that
 * every node of the application answers a logged-in person. A portal session is indexed by its
 * account's id, which a change of login e-mail leaves alone.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 216 random bits, written in the 36 characters the table's session id holds. */
    private static final int SESSION_ID_BYTES = 27;

    @Bean
    SessionIdGenerator sessionIds() {
        return () -> {
            byte[] bytes = new byte[SESSION_ID_BYTES];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }

    @Bean
    IndexResolver<Session> sessionsByAccount() {
        return session -> {
            SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication authentication = context == null ? null : context.getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                    ? Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.accountId())
                    : Map.of();
        };
    }

    /** What Spring Security asks about sessions (expired by a new password?), answered from the table. */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
