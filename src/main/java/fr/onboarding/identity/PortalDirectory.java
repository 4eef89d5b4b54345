package fr.onboarding.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.onboarding.account.Account;
import fr.onboarding.account.AccountService;
import fr.onboarding.credentials.LoginFailures;
import fr.onboarding.structure.StructureService;

/** What the engine's identity needs of the portal: active accounts, their passwords, the structures they manage. */
@Component
class PortalDirectory {

    private final AccountService accounts;
    private final StructureService structures;
    private final PasswordEncoder passwords;
    private final LoginFailures failures;

    PortalDirectory(AccountService accounts, StructureService structures, PasswordEncoder passwords,
                    LoginFailures failures) {
        this.accounts = accounts;
        this.structures = structures;
        this.passwords = passwords;
        this.failures = failures;
    }

    Optional<Account> activeAccount(String loginEmail) {
        return loginEmail == null ? Optional.empty() : accounts.findActive(loginEmail.toLowerCase(Locale.ROOT));
    }

    /**
     * Checked with the portal's own hashing (the engine never holds a copy of a portal password),
     * and under the portal's lock after failed log-ins: Tasklist is a door like the others.
     */
    boolean passwordMatches(String loginEmail, String password) {
        String clientAddress = clientAddress();
        boolean locked = failures.isLocked(loginEmail, clientAddress);
        boolean matches = password != null && activeAccount(loginEmail)
                .map(account -> passwords.matches(password, account.getPasswordHash())).orElse(false);
        if (locked) {
            return false;
        }
        if (matches) {
            failures.clear(loginEmail);
        } else {
            failures.failed(loginEmail, clientAddress);
        }
        return matches;
    }

    /** The engine's doors (Tasklist, REST API) are servlets of this application: the request is at hand. */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    List<String> managedStructureIds(Account account) {
        return structures.managedStructureIds(account.getId());
    }

    Optional<String> structureName(String structureId) {
        return structures.find(structureId).map(s -> s.displayName());
    }
}
