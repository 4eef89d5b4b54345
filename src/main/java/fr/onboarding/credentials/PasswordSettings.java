package fr.onboarding.credentials;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code onboarding.password.*}: 12 characters by default (2022 guide); 8 is the 2020 guide's setting. */
@ConfigurationProperties(prefix = "onboarding.password", ignoreUnknownFields = false)
public record PasswordSettings(@DefaultValue("12") int minLength, @DefaultValue("128") int maxLength) {
}
