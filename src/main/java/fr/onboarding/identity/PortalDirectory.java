package fr.onboarding.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.onboarding.account.AccountView;
import fr.onboarding.account.AccountService;
import fr.onboarding.credentials.LoginGuard;
import fr.onboarding.structure.Structures;

/**
 * What the engine's identity needs of the portal: active accounts, their passwords, the structures
 * they manage. Structures come lazily: they start processes, and the engine is not built yet when
 * its identity provider is.
 */
@Component
class PortalDirectory {

    private final AccountService accounts;
    private final Structures structures;
    private final LoginGuard guard;
    private final MessageSource messages;

    PortalDirectory(AccountService accounts, @Lazy Structures structures, LoginGuard guard, MessageSource messages) {
        this.accounts = accounts;
        this.structures = structures;
        this.guard = guard;
        this.messages = messages;
    }

    /** A name Tasklist shows: in French, the language of the people who work in it. */
    String label(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    Optional<AccountView> activeAccount(String loginEmail) {
        return loginEmail == null ? Optional.empty() : accounts.findActive(loginEmail);
    }

    /**
     * Checked with the portal's own hashing (the engine never holds a copy of a portal password),
     * and under the portal's lock after failed log-ins: Tasklist is a door like the others.
     */
    boolean passwordMatches(String loginEmail, String password) {
        return guard.attempt(loginEmail, clientAddress(), () -> accounts.isPasswordOfActiveAccount(loginEmail, password));
    }

    /**
     * Engine users (administrator, support, operators) log in under the same lock as portal
     * accounts, which operators see and lift (Camunda's own permanent lock-out is off), and at the
     * same cost: one portal hash is spent either way, so the kind of name does not show in timing.
     */
    boolean engineUserPasswordMatches(String userId, String password, BooleanSupplier engineCheck) {
        return guard.attempt(userId, clientAddress(), () -> {
            accounts.isPasswordOfActiveAccount(userId, password);
            return engineCheck.getAsBoolean();
        });
    }

    /** The engine's doors (Tasklist, REST API) are servlets of this application: the request is at hand. */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    List<String> managedStructureIds(AccountView account) {
        return structures.managedStructureIds(account.id());
    }

    Optional<String> structureName(String structureId) {
        return structures.displayName(structureId);
    }
}
