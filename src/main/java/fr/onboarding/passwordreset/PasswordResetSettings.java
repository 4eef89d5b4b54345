package fr.onboarding.passwordreset;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code onboarding.password-reset.*}: a reset link is valid link-validity; wrong secret answers burn it after max-wrong-answers. */
@ConfigurationProperties(prefix = "onboarding.password-reset", ignoreUnknownFields = false)
public record PasswordResetSettings(@DefaultValue("PT60M") Duration linkValidity, @DefaultValue("3") int maxWrongAnswers) {
}
