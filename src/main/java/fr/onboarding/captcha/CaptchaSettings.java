package fr.onboarding.captcha;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.captcha.*}: {@code enabled=false} only for automated tests. The proof of work
 * hides its answer among {@code proof-of-work-max-number} numbers: on average half of them must be
 * hashed to find it (about a quarter of a second in a browser for the default million).
 */
@ConfigurationProperties(prefix = "onboarding.captcha", ignoreUnknownFields = false)
public record CaptchaSettings(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration validity,
                              @DefaultValue("1000000") long proofOfWorkMaxNumber) {
}
