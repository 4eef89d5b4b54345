package fr.onboarding.captcha;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * Server-side captcha, as the portal has one: characters to copy from an image, or a sum in words
 * for whoever cannot see it. A challenge is single use (consumed by any attempt, right or wrong),
 * expires, and is case-insensitive.
 */
@Service
public class CaptchaService {

    /** No 0/O, 1/I/L: characters a person cannot tell apart are left out. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();
    private final CaptchaChallengeRepository challenges;
    private final CaptchaSettings settings;
    private final Clock clock;

    private final MessageSource messages;

    CaptchaService(CaptchaChallengeRepository challenges, CaptchaSettings settings, Clock clock,
                   MessageSource messages) {
        this.challenges = challenges;
        this.settings = settings;
        this.clock = clock;
        this.messages = messages;
    }

    public boolean isEnabled() {
        return settings.enabled();
    }

    /** Characters to copy from a picture, as the portal's captcha. */
    @Transactional
    public Challenge newChallenge() {
        StringBuilder answer = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            answer.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new Challenge(store(answer.toString()), CaptchaImage.pngDataUrl(answer.toString(), random), null);
    }

    /** The accessible alternative: a sum written in words, for screen readers. Same rules as the picture. */
    @Transactional
    public Challenge newTextChallenge(Locale locale) {
        int first = 1 + random.nextInt(9);
        int second = 1 + random.nextInt(9);
        String question = messages.getMessage("captcha.text.question",
                new Object[] {numberWord(first, locale), numberWord(second, locale)}, locale);
        return new Challenge(store(String.valueOf(first + second)), null, question);
    }

    private String numberWord(int number, Locale locale) {
        return messages.getMessage("captcha.text.number." + number, null, locale);
    }

    private String store(String answer) {
        Instant now = clock.instant();
        challenges.deleteExpired(now);
        String id = UUID.randomUUID().toString();
        challenges.save(new CaptchaChallenge(id, answer, now.plus(settings.validity())));
        return id;
    }

    /**
     * True when the captcha is off, or the answer solves the challenge. The challenge is used up
     * either way, in a transaction of its own (a refused request around it must not give it back),
     * and only one request can use it up.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean verify(String challengeId, String answer) {
        if (!isEnabled()) {
            return true;
        }
        if (challengeId == null || challengeId.isBlank()) {
            return false;
        }
        return challenges.findById(challengeId)
                .filter(challenge -> challenges.consume(challengeId) == 1)
                .map(challenge -> challenge.isSolvedBy(answer, clock.instant()))
                .orElse(false);
    }

    /** A challenge: its {@code image} (PNG data URL) or, for the text alternative, its {@code question}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Challenge(String id, String image, String question) {
    }
}
