package fr.onboarding.credentials;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Service;

/**
 * The one rule of a log-in under the lockout, for every door (form, HTTP Basic, Tasklist, the
 * engine's REST API, the current password of "Mon compte"). The password is checked even while
 * locked, so that a lock shows neither in the answer nor in its timing; a locked or wrong log-in
 * is the same refusal. Attempts during a lock are not counted: waiting it out is enough. A right
 * password clears the account's failures. Failures are counted in the caller's transaction, each
 * key's row under a row lock: a burst is counted in full, and a lock reached during it holds for
 * every request that follows. No second connection is ever taken, so a burst on the engine's doors
 * (whose requests each hold one) cannot drain the pool.
 */
@Service
public class LoginGuard {

    private final LoginFailures failures;

    LoginGuard(LoginFailures failures) {
        this.failures = failures;
    }

    /**
     * @param clientAddress the caller's address, or null where none is at hand
     * @param passwordCheck whether the password is right; always run once
     * @return whether the log-in succeeds
     */
    public boolean attempt(String loginEmail, String clientAddress, BooleanSupplier passwordCheck) {
        boolean locked = failures.isLocked(loginEmail, clientAddress);
        boolean right = passwordCheck.getAsBoolean();
        if (locked) {
            return false;
        }
        if (right) {
            failures.clear(loginEmail);
        } else {
            failures.failed(loginEmail, clientAddress);
        }
        return right;
    }
}
