package fr.onboarding.myaccount;

import java.util.Objects;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.onboarding.account.PasswordChanged;

/**
 * A new password (changed in "Mon compte" or reset) logs out every other session of the account:
 * one changes a password because someone else may know it. The session that changed it stays.
 * Sessions are indexed by account id ({@link SessionsByAccount}), on whichever node they were opened.
 */
@Component
class SessionsEndWithTheirPassword {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SessionRegistry registry;

    SessionsEndWithTheirPassword(FindByIndexNameSessionRepository<? extends Session> sessions, SessionRegistry registry) {
        this.sessions = sessions;
        this.registry = registry;
    }

    @TransactionalEventListener
    void on(PasswordChanged changed) {
        HttpSession own = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        String current = own == null ? null : own.getId();
        sessions.findByPrincipalName(changed.accountId()).keySet().stream()
                .filter(id -> !id.equals(current))
                .map(registry::getSessionInformation)
                .filter(Objects::nonNull)
                .forEach(SessionInformation::expireNow);
    }
}
