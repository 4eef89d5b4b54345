package fr.onboarding.account;

/**
 * What "Mes informations personnelles" may change; a null field stays as it is. E-mails arrive
 * normalised (trimmed, lower case).
 */
public record PersonalDataChange(String firstName, String lastName, String phone, String language, String contactEmail,
                                 String loginEmail, String currentPassword, String newPassword,
                                 String newPasswordConfirmation) {
}
