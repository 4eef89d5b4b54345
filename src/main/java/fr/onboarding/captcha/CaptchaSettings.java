package fr.onboarding.captcha;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code onboarding.captcha.*}: {@code enabled=false} only for automated tests. */
@ConfigurationProperties(prefix = "onboarding.captcha", ignoreUnknownFields = false)
public record CaptchaSettings(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration validity) {
}
