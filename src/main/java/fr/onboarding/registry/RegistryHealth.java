package fr.onboarding.registry;

import java.time.Clock;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The registry as operators' health check sees it: the outcome of the last look-up, never a call
 * of its own (SIRENE's quota is for users). Wraps the registry the application uses.
 */
class RegistryHealth implements CompanyRegistry, HealthIndicator {

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
            last = Health.down().withDetail("source", source).withDetail("lastLookup", clock.instant())
                    .withDetail("error", unavailable.getMessage()).build();
            throw unavailable;
        }
    }

    @Override
    public Health health() {
        return last;
    }
}
