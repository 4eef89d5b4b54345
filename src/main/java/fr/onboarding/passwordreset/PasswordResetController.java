package fr.onboarding.passwordreset;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import fr.onboarding.shared.MailableEmail;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.web.RateLimits;

@RestController
class PasswordResetController {

    private final PasswordResets resets;
    private final RateLimits rateLimits;

    PasswordResetController(PasswordResets resets, RateLimits rateLimits) {
        this.resets = resets;
        this.rateLimits = rateLimits;
    }

    /** Always 202, whether or not an account has this address. */
    @PostMapping("/api/password-resets")
    @ApiResponse(responseCode = "202", description = "Received; a link goes to the address if it is an account's")
    ResponseEntity<Void> request(@Valid @RequestBody ResetRequest body, HttpServletRequest http) {
        rateLimits.consume(RateLimits.Limit.PASSWORD_RESET, "ip:" + http.getRemoteAddr(), "email:" + body.loginEmail());
        resets.request(body.loginEmail(), body.captchaId(), body.captchaAnswer());
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @GetMapping("/api/password-resets/{token}")
    ResponseEntity<Map<String, String>> question(@PathVariable String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("secretQuestion", resets.linkPage(token).secretQuestion()));
    }

    @PostMapping("/api/password-resets/{token}")
    @ApiResponse(responseCode = "204", description = "Password changed")
    ResponseEntity<Void> reset(@PathVariable String token, @Valid @RequestBody ResetBody body) {
        resets.reset(token, new PasswordResets.ResetForm(body.secretAnswer(), body.password(), body.passwordConfirmation()));
        return ResponseEntity.noContent().build();
    }

    record ResetRequest(@NotBlank @MailableEmail String loginEmail,
                        @Size(max = 64) String captchaId, @Size(max = 32) String captchaAnswer) {
    }

    record ResetBody(@NotBlank @Size(max = 255) String secretAnswer,
                     @NotBlank @Size(max = 1024) String password,
                     @NotBlank @Size(max = 1024) String passwordConfirmation) {
    }
}
