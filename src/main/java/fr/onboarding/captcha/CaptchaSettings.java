package fr.onboarding.captcha;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.captcha.*}: {@code enabled=false} only for automated tests. The proof of work
 * hides its answer among {@code proof-of-work-max-number} numbers: on average half of them must be
 * hashed to find it. The portal's page does it with the browser's SHA-256 at about 100,000 a second
 * (headless Chromium, 2 cores): about a second on average for the default 200,000.
 */
@ConfigurationProperties(prefix = "onboarding.captcha", ignoreUnknownFields = false)
public record CaptchaSettings(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration validity,
                              @DefaultValue("200000") long proofOfWorkMaxNumber) {
}
