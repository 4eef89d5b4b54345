package fr.onboarding.registration;

import fr.onboarding.shared.MailableEmail;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.NewStructure;

/**
 * Body of {@code POST /api/accounts}: the "Informations personnelles" form of the portal, and for
 * the 2020 "account with structure" variant either the structure to create or the one to join.
 */
record RegistrationRequest(
        @NotBlank @MailableEmail String loginEmail,
        @NotBlank @Size(max = 254) String loginEmailConfirmation,
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = "{onboarding.name.pattern}") String firstName,
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = "{onboarding.name.pattern}") String lastName,
        @Pattern(regexp = PHONE, message = "{onboarding.phone.pattern}") String phone,
        @MailableEmail String contactEmail,
        Boolean surveyConsent,
        @NotNull @AssertTrue(message = "{onboarding.terms.required}") Boolean termsAccepted,
        @NotNull @Pattern(regexp = "fr|en", message = "{onboarding.language.pattern}") String language,
        @Size(max = 64) String captchaId,
        @Size(max = 32) String captchaAnswer,
        @Valid NewStructure structure,
        @Valid AttachmentWish attachment) {

    /** Letters of any alphabet, spaces, hyphens and apostrophes: "Jean-Édouard", "N'Diaye". */
    static final String NAME = "^\\p{L}[\\p{L}\\p{M} '’\\-.]*$";
    /** International or French numbers, written with spaces, dots or dashes. */
    static final String PHONE = "^\\+?[0-9][0-9 .\\-()]{5,24}$";
}
