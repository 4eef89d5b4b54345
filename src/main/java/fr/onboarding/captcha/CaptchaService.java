package fr.onboarding.captcha;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.OnboardingProperties;

/**
 * Server-side captcha, as the portal has one: characters to copy from an image. A challenge is
 * single use (consumed by any attempt, right or wrong), expires, and is case-insensitive.
 */
@Service
public class CaptchaService {

    /** No 0/O, 1/I/L: characters a person cannot tell apart are left out. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();
    private final CaptchaChallengeRepository challenges;
    private final OnboardingProperties properties;
    private final Clock clock;

    CaptchaService(CaptchaChallengeRepository challenges, OnboardingProperties properties, Clock clock) {
        this.challenges = challenges;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isEnabled() {
        return properties.captcha().enabled();
    }

    @Transactional
    public Challenge newChallenge() {
        Instant now = clock.instant();
        challenges.deleteExpired(now);
        StringBuilder answer = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            answer.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String id = UUID.randomUUID().toString();
        challenges.save(new CaptchaChallenge(id, answer.toString(), now.plus(properties.captcha().validity())));
        return new Challenge(id, CaptchaImage.pngDataUrl(answer.toString(), random));
    }

    /** True when the captcha is off, or the answer solves the challenge; the challenge is used up either way. */
    @Transactional
    public boolean verify(String challengeId, String answer) {
        if (!isEnabled()) {
            return true;
        }
        if (challengeId == null || challengeId.isBlank()) {
            return false;
        }
        return challenges.findById(challengeId).map(challenge -> {
            challenges.delete(challenge);
            return challenge.isSolvedBy(answer, clock.instant());
        }).orElse(false);
    }

    public record Challenge(String id, String image) {
    }
}
