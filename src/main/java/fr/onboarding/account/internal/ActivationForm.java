package fr.onboarding.account.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/activations/{token}} and of the activation page's form. */
record ActivationForm(
        @NotBlank @Size(max = 1024) String password,
        @NotBlank @Size(max = 1024) String passwordConfirmation,
        @NotBlank @Size(max = 255) String secretQuestion,
        @NotBlank @Size(max = 255) String secretAnswer) {
}
