package fr.onboarding.account.internal;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivationController {

    private final ActivationService activations;

    ActivationController(ActivationService activations) {
        this.activations = activations;
    }

    @GetMapping("/api/activations/{token}")
    ResponseEntity<GeneralInformation> describe(@PathVariable String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(activations.describe(token));
    }

    @PostMapping("/api/activations/{token}")
    @ApiResponse(responseCode = "204", description = "Account activated")
    ResponseEntity<Void> activate(@PathVariable String token, @Valid @RequestBody ActivationForm form) {
        activations.activate(token, form);
        return ResponseEntity.noContent().build();
    }
}
