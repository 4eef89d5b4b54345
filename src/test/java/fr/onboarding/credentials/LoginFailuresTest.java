package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which keys a failed log-in counts against, and which limit each key has, without a database:
 * the table is a map behind a mocked repository (Spring context tests are in LoginLockoutTest).
 */
class LoginFailuresTest {

    private static final int PER_ACCOUNT = 5;
    private static final int PER_ADDRESS = 8;
    private static final String EMAIL = "marie.durand@example.fr";
    private static final String ADDRESS = "203.0.113.7";

    private final Map<String, LoginFailure> table = new HashMap<>();
    private final LoginFailureRepository repository = mock(LoginFailureRepository.class);
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final LoginFailureRows rows = mock(LoginFailureRows.class);
    private final LoginFailures loginFailures = new LoginFailures(repository, rows,
            new LoginSettings(PER_ACCOUNT, PER_ADDRESS, Duration.ofMinutes(1), Duration.ofHours(1)),
            new MovingClock());

    @BeforeEach
    void inMemoryTable() {
        when(repository.countByFailureKeyInAndLockedUntilAfter(any(), any())).thenAnswer(call -> call.<List<String>>getArgument(0)
                .stream().map(table::get).filter(f -> f != null && f.isLocked(call.getArgument(1))).count());
        when(repository.findForUpdate(any())).thenAnswer(call -> Optional.ofNullable(table.get(call.<String>getArgument(0))));
        doAnswer(call -> table.putIfAbsent(call.getArgument(0), new LoginFailure(call.getArgument(0))))
                .when(rows).ensureExists(any());
        // Like Spring Data's, deleteById refuses a null id.
        doAnswer(call -> table.remove(Objects.requireNonNull(call.<String>getArgument(0)))).when(repository).deleteById(any());
        when(repository.findByLockedUntilAfter(any())).thenAnswer(call -> table.values().stream()
                .filter(f -> f.getLockedUntil() != null && f.getLockedUntil().isAfter(call.getArgument(0))).toList());
    }

    private void fail(int times, String loginEmail, String clientAddress) {
        for (int i = 0; i < times; i++) {
            loginFailures.failed(loginEmail, clientAddress);
        }
    }

    @Test
    void anAccountIsLockedAfterItsLimitWhateverTheCaseAndSpacesOfTheLogin() {
        fail(PER_ACCOUNT - 1, EMAIL, null);
        assertThat(loginFailures.isLocked(EMAIL, null)).isFalse();

        fail(1, " Marie.Durand@EXAMPLE.fr ", null);

        assertThat(loginFailures.isLocked(EMAIL, null)).isTrue();
    }

    @Test
    void aLockedAccountIsLockedFromAnyAddress() {
        fail(PER_ACCOUNT, EMAIL, ADDRESS);

        assertThat(loginFailures.isLocked(EMAIL, "198.51.100.1")).isTrue();
    }

    @Test
    void anAddressHasItsOwnHigherLimitOverAllAccounts() {
        // Many people may share an address: one account's limit must not lock it.
        for (int i = 0; i < PER_ADDRESS - 1; i++) {
            loginFailures.failed("user" + i + "@example.fr", ADDRESS);
        }
        assertThat(loginFailures.isLocked("someone.else@example.fr", ADDRESS)).isFalse();

        loginFailures.failed("user-last@example.fr", ADDRESS);

        assertThat(loginFailures.isLocked("someone.else@example.fr", ADDRESS)).isTrue();
        assertThat(loginFailures.isLocked("someone.else@example.fr", null)).isFalse();
    }

    @Test
    void withoutAClientAddressOnlyTheAccountIsCounted() {
        fail(PER_ACCOUNT, EMAIL, null);

        assertThat(table).containsOnlyKeys("account:" + EMAIL);
    }

    @Test
    void aFailureWithoutALoginCountsOnlyTheAddress() {
        // An attempt naming no account (no user name at all) still costs its address one.
        fail(PER_ADDRESS, null, ADDRESS);

        assertThat(table).containsOnlyKeys("address:" + ADDRESS);
        assertThat(loginFailures.isLocked(null, ADDRESS)).isTrue();
    }

    @Test
    void aLoginOf254CharactersIsCounted() {
        String longest = "a".repeat(254 - "@example.fr".length()) + "@example.fr";

        fail(PER_ACCOUNT, longest, null);

        assertThat(loginFailures.isLocked(longest, null)).isTrue();
    }

    @Test
    void aLoginOverAnEmailsLengthIsNeitherStoredNorLockedButItsAddressCounts() {
        String overlong = "a".repeat(255 - "@example.fr".length()) + "@example.fr";

        fail(PER_ACCOUNT, overlong, ADDRESS);

        assertThat(table).containsOnlyKeys("address:" + ADDRESS);
        assertThat(loginFailures.isLocked(overlong, null)).isFalse();
    }

    @Test
    void clearingLiftsTheAccountsLockButNotItsAddresses() {
        fail(PER_ADDRESS, EMAIL, ADDRESS);

        loginFailures.clear(" MARIE.DURAND@example.fr");

        assertThat(loginFailures.isLocked(EMAIL, null)).isFalse();
        assertThat(loginFailures.isLocked(EMAIL, ADDRESS)).isTrue();
    }

    @Test
    void clearingAnOverlongLoginDoesNothing() {
        loginFailures.clear("a".repeat(300) + "@example.fr");

        assertThat(table).isEmpty();
    }

    @Test
    void operatorsSeeTheCurrentLocksWithTheirCountsAndEnds() {
        fail(PER_ACCOUNT + 1, EMAIL, null);

        assertThat(loginFailures.currentLocks()).containsExactly(
                new LoginFailures.Lock("account:" + EMAIL, PER_ACCOUNT + 1, now.plus(Duration.ofMinutes(2))));
    }

    @Test
    void anEndedLockIsNoLongerListedNorLocking() {
        fail(PER_ACCOUNT, EMAIL, null);

        now = now.plus(Duration.ofMinutes(1));

        assertThat(loginFailures.currentLocks()).isEmpty();
        assertThat(loginFailures.isLocked(EMAIL, null)).isFalse();
    }

    /** Reads the test's {@code now}, so that a test can let time pass. */
    private final class MovingClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
