package fr.onboarding.credentials;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Secret answers are hashed like passwords, after a normalisation that makes "Éléphant " and
 * "elephant" the same answer: people do not remember case or accents of what they typed.
 */
@Component
public class SecretAnswers {

    private final PasswordEncoder encoder;

    public SecretAnswers(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    public String hash(String answer) {
        return encoder.encode(normalise(answer));
    }

    public boolean matches(String answer, String hash) {
        return hash != null && encoder.matches(normalise(answer), hash);
    }

    static String normalise(String answer) {
        String withoutAccents = Normalizer.normalize(answer, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
