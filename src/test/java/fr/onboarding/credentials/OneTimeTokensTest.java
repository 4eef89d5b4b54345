package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OneTimeTokensTest {

    @Test
    void tokensCarry256RandomBitsAndAreUrlSafe() {
        String token = OneTimeTokens.newToken();

        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(OneTimeTokens.newToken());
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void theStoredFormIsTheSha256OfTheToken() {
        assertThat(OneTimeTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
