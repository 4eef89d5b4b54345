package fr.onboarding.web;

import java.time.Duration;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.onboarding.OnboardingProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets per endpoint and client key (address, e-mail...). Buckets of idle keys are
 * dropped, so that a flood of addresses cannot fill the memory.
 */
@Component
public class RateLimits {

    /** What is limited, and how many calls a minute the configuration allows. */
    public enum Limit {
        STRUCTURE_LOOKUP(p -> p.structureLookupsPerMinute());

        private final ToIntFunction<OnboardingProperties.RateLimits> perMinute;

        Limit(ToIntFunction<OnboardingProperties.RateLimits> perMinute) {
            this.perMinute = perMinute;
        }
    }

    private final OnboardingProperties.RateLimits settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    RateLimits(OnboardingProperties properties) {
        this.settings = properties.rateLimits();
    }

    /** Takes one call from the key's bucket; throws {@link RateLimitedException} (429) when it is empty. */
    public void consume(Limit limit, String key) {
        if (!settings.enabled()) {
            return;
        }
        int perMinute = limit.perMinute.applyAsInt(settings);
        Bucket bucket = buckets.get(limit + ":" + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
