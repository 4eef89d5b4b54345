package fr.onboarding.captcha;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.web.RateLimits;

@RestController
class CaptchaController {

    private final CaptchaService captchas;
    private final RateLimits rateLimits;

    CaptchaController(CaptchaService captchas, RateLimits rateLimits) {
        this.captchas = captchas;
        this.rateLimits = rateLimits;
    }

    /** {@code ?alternative=text}: the accessible challenge, a question to answer instead of a picture. */
    @GetMapping("/api/captcha")
    ResponseEntity<CaptchaService.Challenge> newChallenge(@RequestParam(required = false) String alternative,
                                                          Locale locale, HttpServletRequest http) {
        rateLimits.consume(RateLimits.Limit.CAPTCHA, "ip:" + http.getRemoteAddr());
        CaptchaService.Challenge challenge = "text".equals(alternative)
                ? captchas.newTextChallenge(locale) : captchas.newChallenge();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(challenge);
    }
}
