package fr.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine's settings under {@code onboarding.*}. Key names are part of the public contract
 * (PRODUCT.md): scripts and operators rely on them.
 */
@ConfigurationProperties("onboarding")
public record OnboardingProperties(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Captcha captcha,
        @DefaultValue Activation activation,
        @DefaultValue Password password,
        @DefaultValue Mail mail,
        @DefaultValue Attachment attachment,
        @DefaultValue RateLimits rateLimits,
        @DefaultValue Login login,
        @DefaultValue PasswordReset passwordReset) {

    public record Captcha(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration validity) {
    }

    /** Link validity is PT60M (2022 guide) or P30D (2020 guide); unactivated accounts close after account-validity. */
    public record Activation(@DefaultValue("PT60M") Duration linkValidity, @DefaultValue("P30D") Duration accountValidity) {
    }

    /** 12 characters by default (2022 guide); 8 is the 2020 guide's setting. */
    public record Password(@DefaultValue("12") int minLength, @DefaultValue("128") int maxLength) {
    }

    /** A pending attachment request: managers reminded after reminder-after, the request expires after expires-after. */
    public record Attachment(@DefaultValue("P7D") Duration reminderAfter, @DefaultValue("P30D") Duration expiresAfter) {
    }

    /**
     * Per client address limits of the public endpoints; {@code enabled=false} only for automated
     * tests (the per-account lockout after failed logins stays on either way).
     */
    public record RateLimits(@DefaultValue("true") boolean enabled,
                             @DefaultValue("30") int structureLookupsPerMinute,
                             @DefaultValue("10") int registrationsPerHour,
                             @DefaultValue("5") int passwordResetsPerHour,
                             @DefaultValue("5") int supportTicketsPerHour,
                             @DefaultValue("20") int loginsPerMinute,
                             @DefaultValue("30") int captchasPerMinute) {
    }

    /**
     * Failed log-ins: after max-failures in a row an account (max-failures-per-address for a client
     * address, which many people may share) is locked for first-lock, doubled at each further
     * failure up to max-lock. Stays on when rate limits are off.
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("50") int maxFailuresPerAddress,
                        @DefaultValue("PT1M") Duration firstLock, @DefaultValue("PT1H") Duration maxLock) {
    }

    /** A password reset link is valid link-validity; wrong secret answers burn it after max-wrong-answers. */
    public record PasswordReset(@DefaultValue("PT60M") Duration linkValidity, @DefaultValue("3") int maxWrongAnswers) {
    }

    /** Sender address and the retry cycle of every mail job (an exhausted cycle becomes a Cockpit incident). */
    public record Mail(@DefaultValue("Chorus Pro <no-reply@chorus-pro.localhost>") String from,
                       @DefaultValue("R5/PT10M") String retryCycle) {
    }
}
