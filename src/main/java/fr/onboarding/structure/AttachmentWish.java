package fr.onboarding.structure;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/me/attachment-requests}, and the {@code attachment} of a registration:
 * "Je me rattache à la structure (y compris l'ensemble des services) / uniquement à certains services".
 */
public record AttachmentWish(
        @NotNull IdentifierType identifierType,
        @NotBlank @Size(max = 80) String identifier,
        @NotNull AttachmentScope scope,
        @Size(max = 200) List<@NotBlank @Size(max = 40) String> serviceCodes) {

    public AttachmentWish {
        serviceCodes = serviceCodes == null ? List.of() : List.copyOf(serviceCodes);
    }
}
