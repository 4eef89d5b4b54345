package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    private final PasswordEncoder encoder = new PasswordHashingConfig().passwordEncoder(new PasswordSettings(12, 128, new PasswordSettings.Hashing(19 * 1024, 2)));

    @Test
    void passwordsAreHashedWithArgon2idAtOwaspParameters() {
        String hash = encoder.encode("Facture-Émise-2026!");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("Facture-Émise-2026!", hash)).isTrue();
        assertThat(encoder.matches("facture-émise-2026!", hash)).isFalse();
    }
}
