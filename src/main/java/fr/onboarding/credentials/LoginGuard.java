package fr.onboarding.credentials;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The one rule of a log-in under the lockout, for every door (form, HTTP Basic, Tasklist, the
 * engine's REST API, the current password of "Mon compte"). The password is checked even while
 * locked, so that a lock shows neither in the answer nor in its timing; a locked or wrong log-in
 * is the same refusal. Attempts during a lock are not counted: waiting it out is enough. A right
 * password clears the account's failures.
 * <p>
 * Attempts on one account are taken one after the other on this node, so that a burst is counted
 * in full and a lock reached during it holds for every request that follows.
 */
@Service
public class LoginGuard {

    private static final int STRIPES = 64;

    private final LoginFailures failures;
    private final ReentrantLock[] accountLocks = new ReentrantLock[STRIPES];

    LoginGuard(LoginFailures failures) {
        this.failures = failures;
        for (int i = 0; i < STRIPES; i++) {
            accountLocks[i] = new ReentrantLock();
        }
    }

    /**
     * @param clientAddress the caller's address, or null where none is at hand
     * @param passwordCheck whether the password is right; always run once
     * @return whether the log-in succeeds
     */
    public boolean attempt(String loginEmail, String clientAddress, BooleanSupplier passwordCheck) {
        ReentrantLock lock = lockOf(loginEmail);
        lock.lock();
        try {
            boolean locked = failures.isLocked(loginEmail, clientAddress);
            boolean right = passwordCheck.getAsBoolean();
            if (locked) {
                return false;
            }
            if (right) {
                failures.clear(loginEmail);
            } else {
                countFailure(loginEmail, clientAddress);
            }
            return right;
        } finally {
            lock.unlock();
        }
    }

    /** The first failure of a key may be counted by another node or address at the same instant: then it is there, once more. */
    private void countFailure(String loginEmail, String clientAddress) {
        try {
            failures.failed(loginEmail, clientAddress);
        } catch (DataIntegrityViolationException firstCountedElsewhere) {
            failures.failed(loginEmail, clientAddress);
        }
    }

    private ReentrantLock lockOf(String loginEmail) {
        String key = loginEmail == null ? "" : loginEmail.strip().toLowerCase(Locale.ROOT);
        return accountLocks[Math.floorMod(key.hashCode(), STRIPES)];
    }
}
