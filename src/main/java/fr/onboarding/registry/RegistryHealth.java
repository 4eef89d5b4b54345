package fr.onboarding.registry;

import java.time.Clock;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The registry as operators' health check sees it: the outcome of the last look-up, never a call
 * of its own (SIRENE's quota is for users). Wraps the registry the application uses. A failed
 * look-up is {@link #DEGRADED}, not DOWN: the portal still answers (a SIRET look-up is told to
 * retry, other identifiers work), so the application's overall status stays UP.
 */
class RegistryHealth implements CompanyRegistry, HealthIndicator {

    /** Ranked below UP by management.endpoint.health.status.order, answered with 200. */
    static final Status DEGRADED = new Status("DEGRADED", "The last look-up failed: SIRET look-ups are told to retry");

    private final CompanyRegistry registry;
    private final String source;
    private final Clock clock;
    private volatile Health last;

    RegistryHealth(CompanyRegistry registry, String source, Clock clock) {
        this.registry = registry;
        this.source = source;
        this.clock = clock;
        this.last = Health.unknown().withDetail("source", source).withDetail("lastLookup", "none yet").build();
    }

    @Override
    public RegistryAnswer lookup(String siret) {
        try {
            RegistryAnswer answer = registry.lookup(siret);
            last = Health.up().withDetail("source", source).withDetail("lastLookup", clock.instant()).build();
            return answer;
        } catch (RegistryUnavailableException unavailable) {
            last = Health.status(DEGRADED).withDetail("source", source).withDetail("lastLookup", clock.instant())
                    .withDetail("error", unavailable.getMessage()).build();
            throw unavailable;
        }
    }

    @Override
    public Health health() {
        return last;
    }
}
