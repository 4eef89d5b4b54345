package fr.onboarding.credentials;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * HTTP sessions live in the database (Spring Session JDBC, table {@code spring_session}), so that
 * every node of the application answers a logged-in person. A portal session is indexed by its
 * account's id ({@code SessionsByAccount}).
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

    /** What Spring Security asks about sessions (expired by a new password?), answered from the table. */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
