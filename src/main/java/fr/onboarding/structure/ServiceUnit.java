package fr.onboarding.structure;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One of a structure's services: a user may be attached to some services only. */
@Embeddable
public record ServiceUnit(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "{structure.serviceCode.pattern}") String code,
        @NotBlank @Size(max = 200) String name) {
}
