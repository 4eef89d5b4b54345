package fr.onboarding.credentials;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Operators see the current log-in locks and lift an account's. */
@RestController
class LoginLockController {

    private final LoginFailures failures;

    LoginLockController(LoginFailures failures) {
        this.failures = failures;
    }

    @GetMapping("/api/ops/login-locks")
    List<LoginFailures.Lock> locks() {
        return failures.currentLocks();
    }

    @DeleteMapping("/api/ops/login-locks/{loginEmail}")
    @ApiResponse(responseCode = "204", description = "Lock lifted")
    ResponseEntity<Void> lift(@PathVariable String loginEmail) {
        failures.clear(loginEmail);
        return ResponseEntity.noContent().build();
    }
}
