package fr.onboarding.account.internal;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;


import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;


/** The link mailed to a new login e-mail, as an API: GET shows the address, POST confirms it. */
@RestController
class LoginEmailChangeController {

    private final LoginEmailChanges changes;

    LoginEmailChangeController(LoginEmailChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/api/login-email-changes/{token}")
    ResponseEntity<Map<String, String>> describe(@PathVariable String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("newLoginEmail", changes.describe(token).newLoginEmail()));
    }

    @PostMapping("/api/login-email-changes/{token}")
    @ApiResponse(responseCode = "204", description = "The new login e-mail is in use")
    ResponseEntity<Void> confirm(@PathVariable String token) {
        changes.confirm(token);
        return ResponseEntity.noContent().build();
    }
}
