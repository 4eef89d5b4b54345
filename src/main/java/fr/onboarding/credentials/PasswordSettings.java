package fr.onboarding.credentials;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.password.*}: 12 characters by default (2022 guide); 8 is the 2020 guide's
 * setting. Passwords and secret answers are hashed with Argon2id at {@code hashing.*}: OWASP's
 * minimum by default (19 MiB, 2 iterations); more costs every log-in that much more.
 */
@ConfigurationProperties(prefix = "onboarding.password", ignoreUnknownFields = false)
public record PasswordSettings(@DefaultValue("12") int minLength, @DefaultValue("128") int maxLength,
                               @DefaultValue Hashing hashing) {

    public record Hashing(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations) {
    }
}
