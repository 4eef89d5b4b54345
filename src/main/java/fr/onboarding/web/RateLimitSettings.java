package fr.onboarding.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.rate-limits.*}, per client address (and per e-mail where one is given) on
 * the public endpoints; {@code enabled=false} only for automated tests (the per-account lockout
 * after failed log-ins stays on either way).
 */
@ConfigurationProperties(prefix = "onboarding.rate-limits", ignoreUnknownFields = false)
public record RateLimitSettings(@DefaultValue("true") boolean enabled,
                                @DefaultValue("30") int structureLookupsPerMinute,
                                @DefaultValue("10") int registrationsPerHour,
                                @DefaultValue("5") int passwordResetsPerHour,
                                @DefaultValue("5") int supportTicketsPerHour,
                                @DefaultValue("20") int loginsPerMinute,
                                @DefaultValue("30") int captchasPerMinute,
                                @DefaultValue("5") int emailChangesPerHour) {
}
