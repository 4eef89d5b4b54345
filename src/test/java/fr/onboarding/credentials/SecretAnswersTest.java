package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class SecretAnswersTest {

    private final SecretAnswers answers = new SecretAnswers(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());

    @Test
    void anAnswerMatchesWhateverItsCaseAccentsAndSpaces() {
        String hash = answers.hash("Félix  le Chat");

        assertThat(answers.matches("felix le chat", hash)).isTrue();
        assertThat(answers.matches(" FÉLIX LE CHAT ", hash)).isTrue();
        assertThat(answers.matches("Felix le chien", hash)).isFalse();
    }

    @Test
    void theAnswerIsNotStoredInClear() {
        assertThat(answers.hash("Félix le Chat")).doesNotContainIgnoringCase("felix").startsWith("$argon2id$");
    }

    @Test
    void anAccountWithoutAStoredAnswerMatchesNoAnswer() {
        // The portal's encoder (prefixed hashes) throws on a missing hash: matches must not reach it.
        SecretAnswers portalAnswers = new SecretAnswers(new PasswordHashingConfig().passwordEncoder(new PasswordSettings(12, 128, new PasswordSettings.Hashing(19 * 1024, 2))));

        assertThat(portalAnswers.matches("félix le chat", null)).isFalse();
    }
}
