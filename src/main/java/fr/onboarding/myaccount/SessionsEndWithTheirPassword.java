package fr.onboarding.myaccount;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.onboarding.account.PasswordChanged;
import fr.onboarding.account.PortalUser;

/**
 * A new password (changed in "Mon compte" or reset) logs out every other session of the account:
 * one changes a password because someone else may know it. The session that changed it stays.
 */
@Component
class SessionsEndWithTheirPassword {

    private final SessionRegistry sessions;

    SessionsEndWithTheirPassword(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(PasswordChanged changed) {
        HttpSession own = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        String current = own == null ? null : own.getId();
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PortalUser user && user.accountId().equals(changed.accountId()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(current))
                .forEach(SessionInformation::expireNow);
    }
}
