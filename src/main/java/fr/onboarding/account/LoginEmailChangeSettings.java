package fr.onboarding.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code onboarding.login-email-change.*}: the link mailed to a new login e-mail is valid link-validity. */
@ConfigurationProperties(prefix = "onboarding.login-email-change", ignoreUnknownFields = false)
public record LoginEmailChangeSettings(@DefaultValue("PT60M") Duration linkValidity) {
}
