package fr.onboarding.credentials;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.shared.EmailAddresses;


/**
 * Brute-force protection of log-ins, per account and per client address: after
 * {@code onboarding.login.max-failures} failures a temporary lock with growing waits. A locked
 * log-in is answered exactly like wrong credentials (no oracle); locks end by themselves, and an
 * operator, or a successful password reset, lifts an account's lock. Always on, whatever the rate
 * limits' switch says.
 */
@Service
public class LoginFailures {

    private static final String ADDRESS = "address:";

    private final LoginFailureRepository failures;
    private final LoginFailureRows rows;
    private final LoginSettings settings;
    private final Clock clock;

    LoginFailures(LoginFailureRepository failures, LoginFailureRows rows, LoginSettings settings, Clock clock) {
        this.failures = failures;
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the account, or the client address when known, is locked now. */
    @Transactional(readOnly = true)
    public boolean isLocked(String loginEmail, String clientAddress) {
        List<String> keys = keys(loginEmail, clientAddress).toList();
        return !keys.isEmpty() && failures.countByFailureKeyInAndLockedUntilAfter(keys, clock.instant()) > 0;
    }

    /**
     * Counted in the caller's transaction (every door commits a refused log-in), so that no second
     * connection is needed. Each key's row exists first (an insert that cannot collide), then is
     * counted under a row lock: concurrent failures all count, in order.
     */
    @Transactional
    public void failed(String loginEmail, String clientAddress) {
        Instant now = clock.instant();
        keys(loginEmail, clientAddress).forEach(key -> {
            rows.ensureExists(key);
            LoginFailure failure = failures.findForUpdate(key).orElseThrow();
            int limit = key.startsWith(ADDRESS) ? settings.maxFailuresPerAddress() : settings.maxFailures();
            failure.fail(now, limit, settings.firstLock(), settings.maxLock());
        });
    }

    /** A successful log-in, or an operator, clears the account's failures (never a client address's). */
    @Transactional
    public void clear(String loginEmail) {
        String key = accountKey(loginEmail);
        if (key != null) {
            failures.deleteById(key);
        }
    }

    @Transactional(readOnly = true)
    public List<Lock> currentLocks() {
        Instant now = clock.instant();
        return failures.findByLockedUntilAfter(now).stream()
                .map(f -> new Lock(f.getFailureKey(), f.getFailures(), f.getLockedUntil())).toList();
    }

    private static Stream<String> keys(String loginEmail, String clientAddress) {
        return Stream.of(accountKey(loginEmail), clientAddress == null ? null : ADDRESS + clientAddress)
                .filter(k -> k != null);
    }

    /** No key for what cannot be a login e-mail (over 254 characters, control characters): nothing to lock, nothing to store. */
    private static String accountKey(String loginEmail) {
        return !EmailAddresses.couldBeLogin(loginEmail) ? null
                : "account:" + loginEmail.strip().toLowerCase(Locale.ROOT);
    }

    /** A lock as operators see it. */
    public record Lock(String key, int failures, Instant lockedUntil) {
    }
}
