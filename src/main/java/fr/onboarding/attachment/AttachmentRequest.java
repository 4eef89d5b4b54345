package fr.onboarding.attachment;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.onboarding.structure.AttachmentScope;
import fr.onboarding.structure.IdentifierType;

/** Body of {@code POST /api/me/attachment-requests}: "Je me rattache à la structure / à certains services". */
record AttachmentRequest(
        @NotNull IdentifierType identifierType,
        @NotBlank @Size(max = 80) String identifier,
        @NotNull AttachmentScope scope,
        @Size(max = 200) List<@NotBlank @Size(max = 40) String> serviceCodes) {
}
