package fr.onboarding.myaccount;

import fr.onboarding.shared.MailableEmail;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.onboarding.account.PersonalDataChange;

/** Body of {@code PATCH /api/me}: only the fields given change. */
record PersonalDataForm(
        @Size(max = 100) @Pattern(regexp = NAME, message = "{onboarding.name.pattern}") String firstName,
        @Size(max = 100) @Pattern(regexp = NAME, message = "{onboarding.name.pattern}") String lastName,
        @Pattern(regexp = "^$|^\\+?[0-9][0-9 .\\-()]{5,24}$", message = "{onboarding.phone.pattern}") String phone,
        @Pattern(regexp = "fr|en", message = "{onboarding.language.pattern}") String language,
        @MailableEmail String contactEmail,
        @MailableEmail String loginEmail,
        @Size(max = 1024) String currentPassword,
        @Size(max = 1024) String newPassword,
        @Size(max = 1024) String newPasswordConfirmation) {

    static final String NAME = "^\\p{L}[\\p{L}\\p{M} '’\\-.]*$";

    PersonalDataChange toChange() {
        return new PersonalDataChange(firstName, lastName, phone, language, lower(contactEmail), lower(loginEmail),
                currentPassword, newPassword, newPasswordConfirmation == null ? "" : newPasswordConfirmation);
    }

    private static String lower(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
