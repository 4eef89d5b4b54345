package fr.onboarding.credentials;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed log-ins in a row of one key (an account's login e-mail, or a client address), and its lock. */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    private String failureKey;
    private int failures;
    private Instant lastFailureAt;
    private Instant lockedUntil;

    protected LoginFailure() {
    }

    LoginFailure(String failureKey) {
        this.failureKey = failureKey;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * One more failure; from the limit on, a lock that doubles at each failure (first, 2×first...
     * up to max). Failures older than the longest lock are forgotten first.
     */
    void fail(Instant now, int limit, Duration firstLock, Duration maxLock) {
        if (lastFailureAt != null && lastFailureAt.plus(maxLock).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limit) {
            int doublings = Math.min(failures - limit, 20);
            Duration lock = firstLock.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
        }
    }

    String getFailureKey() {
        return failureKey;
    }

    int getFailures() {
        return failures;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
