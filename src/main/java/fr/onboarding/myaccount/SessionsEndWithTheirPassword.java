package fr.onboarding.myaccount;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.PasswordChanged;

/**
 * A new password (changed in "Mon compte" or reset) logs out every other session of the account,
 * the portal's and Tasklist's, on whichever node they were opened: one changes a password because
 * someone else may know it. The session that changed it stays. Sessions are found by
 * {@link SessionsByAccount}'s index.
 */
@Component
class SessionsEndWithTheirPassword {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SessionRegistry registry;
    private final AccountService accounts;

    SessionsEndWithTheirPassword(FindByIndexNameSessionRepository<? extends Session> sessions, SessionRegistry registry,
                                 AccountService accounts) {
        this.sessions = sessions;
        this.registry = registry;
        this.accounts = accounts;
    }

    @TransactionalEventListener
    void on(PasswordChanged changed) {
        HttpSession own = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        String current = own == null ? null : own.getId();
        Map<String, Session> others = new HashMap<>(sessions.findByPrincipalName(changed.accountId()));
        others.putAll(sessions.findByPrincipalName(accounts.get(changed.accountId()).loginEmail()));
        others.remove(current);
        others.forEach((id, session) -> {
            if (session.getAttribute(SessionsByAccount.TASKLIST_LOG_IN) != null) {
                // Tasklist does not read Spring Security's mark of an ended session: the session goes.
                sessions.deleteById(id);
            } else {
                SessionInformation portal = registry.getSessionInformation(id);
                if (portal != null) {
                    portal.expireNow();
                }
            }
        });
    }
}
