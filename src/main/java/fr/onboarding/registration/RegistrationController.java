package fr.onboarding.registration;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.web.RateLimits;

@RestController
class RegistrationController {

    private final RegistrationService registrations;
    private final RateLimits rateLimits;

    RegistrationController(RegistrationService registrations, RateLimits rateLimits) {
        this.registrations = registrations;
        this.rateLimits = rateLimits;
    }

    @PostMapping("/api/accounts")
    @ApiResponse(responseCode = "202", description = "Registration received, whether or not the address is already taken")
    ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegistrationRequest request,
                                                  HttpServletRequest http) {
        rateLimits.consume(RateLimits.Limit.REGISTRATION, "ip:" + http.getRemoteAddr(), "email:" + request.loginEmail());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(registrations.register(request));
    }
}
