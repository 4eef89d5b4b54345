package fr.onboarding.credentials;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.login.*}, failed log-ins: after max-failures in a row an account
 * (max-failures-per-address for a client address, which many people may share) is locked for
 * first-lock, doubled at each further failure up to max-lock. Stays on when rate limits are off.
 */
@ConfigurationProperties(prefix = "onboarding.login", ignoreUnknownFields = false)
public record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("50") int maxFailuresPerAddress,
                            @DefaultValue("PT1M") Duration firstLock, @DefaultValue("PT1H") Duration maxLock) {
}
