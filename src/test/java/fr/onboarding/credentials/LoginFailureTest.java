package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The counting of one key's failures in a row, at the portal's settings: 5, then 1 minute doubling up to 1 hour. */
class LoginFailureTest {

    private static final int LIMIT = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration MAX_LOCK = Duration.ofHours(1);

    private final Instant start = Instant.parse("2026-03-02T09:00:00Z");
    private final LoginFailure failure = new LoginFailure("account:marie.durand@example.fr");

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            failure.fail(at, LIMIT, FIRST_LOCK, MAX_LOCK);
        }
    }

    @Test
    void aKeyThatNeverFailedIsNotLocked() {
        assertThat(failure.isLocked(start)).isFalse();
    }

    @Test
    void oneFailureShortOfTheLimitDoesNotLock() {
        fail(LIMIT - 1, start);

        assertThat(failure.getFailures()).isEqualTo(LIMIT - 1);
        assertThat(failure.isLocked(start)).isFalse();
    }

    @Test
    void theFailureReachingTheLimitLocksForTheFirstLockExactly() {
        fail(LIMIT, start);

        assertThat(failure.getLockedUntil()).isEqualTo(start.plus(FIRST_LOCK));
        assertThat(failure.isLocked(start.plus(FIRST_LOCK).minusSeconds(1))).isTrue();
        // The lock ends at its instant, not one instant later.
        assertThat(failure.isLocked(start.plus(FIRST_LOCK))).isFalse();
    }

    @Test
    void eachFurtherFailureDoublesTheLock() {
        fail(LIMIT + 1, start);
        assertThat(failure.getLockedUntil()).isEqualTo(start.plus(FIRST_LOCK.multipliedBy(2)));

        fail(1, start);
        assertThat(failure.getLockedUntil()).isEqualTo(start.plus(FIRST_LOCK.multipliedBy(4)));
    }

    @Test
    void theLockNeverExceedsTheMaxLock() {
        // The 11th failure would double 1 minute 6 times: 64 minutes, over the hour.
        fail(LIMIT + 6, start);

        assertThat(failure.getLockedUntil()).isEqualTo(start.plus(MAX_LOCK));
    }

    @Test
    void aLongRunOfFailuresStaysLockedForTheMaxLock() {
        // Doubling without a bound would overflow the multiplier long before this.
        fail(200, start);

        assertThat(failure.getLockedUntil()).isEqualTo(start.plus(MAX_LOCK));
    }

    @Test
    void failuresOlderThanTheMaxLockAreForgotten() {
        fail(LIMIT - 1, start);

        fail(1, start.plus(MAX_LOCK).plusSeconds(1));

        assertThat(failure.getFailures()).isEqualTo(1);
        assertThat(failure.isLocked(start.plus(MAX_LOCK).plusSeconds(1))).isFalse();
    }

    @Test
    void failuresExactlyTheMaxLockOldStillCount() {
        fail(LIMIT - 1, start);

        fail(1, start.plus(MAX_LOCK));

        assertThat(failure.getFailures()).isEqualTo(LIMIT);
        assertThat(failure.isLocked(start.plus(MAX_LOCK))).isTrue();
    }

    @Test
    void theLastFailureNotTheFirstStartsTheForgettingDelay() {
        fail(LIMIT - 2, start);
        fail(1, start.plus(Duration.ofMinutes(50)));

        // 70 minutes after the first failure, but only 20 after the last one.
        fail(1, start.plus(Duration.ofMinutes(70)));

        assertThat(failure.getFailures()).isEqualTo(LIMIT);
    }
}
