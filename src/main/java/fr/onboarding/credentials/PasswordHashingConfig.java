package fr.onboarding.credentials;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashingConfig {

    /**
     * Argon2id with the configured memory and iterations (OWASP's minimum by default) and 1 lane,
     * behind a prefix ({@code {argon2}}) so that parameters or algorithm can change later without
     * locking anybody out: each hash carries its own parameters. As many hashes at once as there
     * are processors ({@link HashesPerProcessor}).
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordSettings settings) {
        Argon2PasswordEncoder argon2id = new Argon2PasswordEncoder(16, 32, 1, settings.hashing().memoryKib(),
                settings.hashing().iterations());
        return new HashesPerProcessor(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2id)),
                Runtime.getRuntime().availableProcessors());
    }
}
