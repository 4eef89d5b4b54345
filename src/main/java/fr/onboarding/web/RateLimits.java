package fr.onboarding.web;

import java.time.Duration;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets per endpoint and client key (address, e-mail...). Buckets of idle keys are
 * dropped, so that a flood of addresses cannot fill the memory.
 */
@Component
public class RateLimits {

    /** What is limited: how many calls the configuration allows per period. */
    public enum Limit {
        STRUCTURE_LOOKUP(p -> p.structureLookupsPerMinute(), Duration.ofMinutes(1)),
        REGISTRATION(p -> p.registrationsPerHour(), Duration.ofHours(1)),
        PASSWORD_RESET(p -> p.passwordResetsPerHour(), Duration.ofHours(1)),
        SUPPORT_TICKET(p -> p.supportTicketsPerHour(), Duration.ofHours(1)),
        LOGIN(p -> p.loginsPerMinute(), Duration.ofMinutes(1)),
        CAPTCHA(p -> p.captchasPerMinute(), Duration.ofMinutes(1));

        private final ToIntFunction<RateLimitSettings> allowed;
        private final Duration period;

        Limit(ToIntFunction<RateLimitSettings> allowed, Duration period) {
            this.allowed = allowed;
            this.period = period;
        }
    }

    private final RateLimitSettings settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    RateLimits(RateLimitSettings settings) {
        this.settings = settings;
    }

    /**
     * Takes one call from the bucket of each key (a client address, an e-mail...); throws
     * {@link RateLimitedException} (429) when one of them is empty.
     */
    public void consume(Limit limit, String... keys) {
        if (!settings.enabled()) {
            return;
        }
        for (String key : keys) {
            if (key != null) {
                consumeOne(limit, key.toLowerCase(Locale.ROOT));
            }
        }
    }

    private void consumeOne(Limit limit, String key) {
        int allowed = limit.allowed.applyAsInt(settings);
        Bucket bucket = buckets.get(limit + ":" + key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowed).refillGreedy(allowed, limit.period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
