package fr.onboarding.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** Operators' health check of the registry: the last look-up's outcome, passed on unchanged to the caller. */
class RegistryHealthTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void unknownUntilALookUpThenUpAfterAnAnswer() {
        RegistryHealth health = new RegistryHealth(new SampleDirectory(), "sample directory", CLOCK);
        assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);

        assertThat(health.lookup("81234567600017")).isInstanceOf(RegistryAnswer.Found.class);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("lastLookup", CLOCK.instant());
    }

    @Test
    void degradedAfterAnOutageWhichTheCallerStillSees() {
        RegistryHealth health = new RegistryHealth(siret -> {
            throw new RegistryUnavailableException("SIRENE answered HTTP 500");
        }, "https://sirene.test", CLOCK);

        assertThatThrownBy(() -> health.lookup("81234567600017")).isInstanceOf(RegistryUnavailableException.class);

        assertThat(health.health().getStatus()).isEqualTo(RegistryHealth.DEGRADED);
        assertThat(health.health().getDetails()).containsEntry("error", "SIRENE answered HTTP 500")
                .containsEntry("source", "https://sirene.test");
    }
}
