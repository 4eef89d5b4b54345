package fr.onboarding.captcha;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CaptchaController {

    private final CaptchaService captchas;

    CaptchaController(CaptchaService captchas) {
        this.captchas = captchas;
    }

    /** {@code ?alternative=text}: the accessible challenge, a question to answer instead of a picture. */
    @GetMapping("/api/captcha")
    ResponseEntity<CaptchaService.Challenge> newChallenge(@RequestParam(required = false) String alternative,
                                                          Locale locale) {
        CaptchaService.Challenge challenge = "text".equals(alternative)
                ? captchas.newTextChallenge(locale) : captchas.newChallenge();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(challenge);
    }
}
