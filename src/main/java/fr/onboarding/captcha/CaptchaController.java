package fr.onboarding.captcha;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.web.RateLimits;

@RestController
class CaptchaController {

    static final String PROOF_OF_WORK = "proof-of-work";

    private final CaptchaService captchas;
    private final RateLimits rateLimits;

    CaptchaController(CaptchaService captchas, RateLimits rateLimits) {
        this.captchas = captchas;
        this.rateLimits = rateLimits;
    }

    /** {@code ?alternative=proof-of-work}: for people who cannot read the picture, work for their browser instead. */
    @GetMapping("/api/captcha")
    ResponseEntity<CaptchaService.Challenge> newChallenge(@RequestParam(required = false) String alternative,
                                                          HttpServletRequest http) {
        if (alternative != null && !PROOF_OF_WORK.equals(alternative)) {
            throw InvalidInputException.of("alternative", "captcha.alternative.unknown");
        }
        rateLimits.consume(RateLimits.Limit.CAPTCHA, "ip:" + http.getRemoteAddr());
        CaptchaService.Challenge challenge = alternative == null ? captchas.newChallenge() : captchas.newProofOfWork();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(challenge);
    }
}
