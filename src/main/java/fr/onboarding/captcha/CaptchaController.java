package fr.onboarding.captcha;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CaptchaController {

    private final CaptchaService captchas;

    CaptchaController(CaptchaService captchas) {
        this.captchas = captchas;
    }

    @GetMapping("/api/captcha")
    ResponseEntity<CaptchaService.Challenge> newChallenge() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(captchas.newChallenge());
    }
}
