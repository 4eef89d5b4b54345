package fr.onboarding.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets per endpoint and client key (address, e-mail...), in this node's memory. A bucket
 * lives as long as its refill window after its last use, so that an idle key is never forgiven
 * early; the number of buckets is bounded, so that a flood of addresses cannot fill the memory.
 * Buckets follow the application's clock (the engine's), like every other deadline.
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
        CAPTCHA(p -> p.captchasPerMinute(), Duration.ofMinutes(1)),
        EMAIL_CHANGE(p -> p.emailChangesPerHour(), Duration.ofHours(1));

        private final ToIntFunction<RateLimitSettings> allowed;
        private final Duration period;

        Limit(ToIntFunction<RateLimitSettings> allowed, Duration period) {
            this.allowed = allowed;
            this.period = period;
        }
    }

    private static final int MAX_BUCKETS_PER_LIMIT = 100_000;

    private final RateLimitSettings settings;
    private final TimeMeter time;
    private final Map<Limit, Cache<String, Bucket>> buckets = new EnumMap<>(Limit.class);

    RateLimits(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTime(clock);
        for (Limit limit : Limit.values()) {
            buckets.put(limit, Caffeine.newBuilder().ticker(time::currentTimeNanos)
                    .expireAfterAccess(limit.period).maximumSize(MAX_BUCKETS_PER_LIMIT).build());
        }
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
                consumeOne(limit, key.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    private void consumeOne(Limit limit, String key) {
        int allowed = limit.allowed.applyAsInt(settings);
        Bucket bucket = buckets.get(limit).get(key, k -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(allowed).refillGreedy(allowed, limit.period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** The application's clock as Bucket4j and Caffeine read time. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
