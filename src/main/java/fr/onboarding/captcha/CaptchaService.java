package fr.onboarding.captcha;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.altcha.altcha.Altcha;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.ModelAndView;

import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * Server-side captcha, as the portal has one: characters to copy from an image, or for whoever
 * cannot read it a proof of work that the browser does. A challenge is single use (consumed by any attempt, right or wrong),
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

    /** Signs this node's ALTCHA challenges (the format wants it); the answer itself is checked against the stored one. */
    private final String signingKey = HexFormat.of().formatHex(Altcha.randomBytes(32));

    CaptchaService(CaptchaChallengeRepository challenges, CaptchaSettings settings, Clock clock) {
        this.challenges = challenges;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isEnabled() {
        return settings.enabled();
    }

    /** A form page offers the captcha, when it is on: a new picture, whose challenge the form sends back. */
    @Transactional
    public void offerOn(ModelAndView page) {
        page.addObject("captchaEnabled", isEnabled());
        if (isEnabled()) {
            page.addObject("captcha", newChallenge());
        }
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

    /**
     * The alternative for people who cannot read the picture: a proof of work in the ALTCHA format,
     * solved by the browser (or any ALTCHA client) without reading anything. The answer is the
     * number whose hash with the salt is the challenge; finding it costs a script CPU each time.
     */
    @Transactional
    public Challenge newProofOfWork() {
        long number = Altcha.randomIntSecure(settings.proofOfWorkMaxNumber());
        try {
            Altcha.Challenge work = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256).setMaxNumber(settings.proofOfWorkMaxNumber())
                    .setNumber(number).setHmacKey(signingKey).setExpiresInSeconds(settings.validity().toSeconds()));
            return new Challenge(store(String.valueOf(number)), null,
                    new ProofOfWork(work.algorithm, work.challenge, work.maxnumber, work.salt, work.signature));
        } catch (Exception e) {
            throw new IllegalStateException("no proof-of-work challenge could be made", e);
        }
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

    /** A challenge: its {@code image} (PNG data URL) or, for the alternative, its {@code proofOfWork}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Challenge(String id, String image, ProofOfWork proofOfWork) {
    }

    /** An ALTCHA challenge: find the number up to {@code maxnumber} whose {@code algorithm} hash of salt + number is {@code challenge}. */
    public record ProofOfWork(String algorithm, String challenge, Long maxnumber, String salt, String signature) {
    }
}
