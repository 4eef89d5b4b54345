package fr.onboarding.account;

/** An account's password was changed or reset: whoever was logged in with the old one is so no more. */
public record PasswordChanged(String accountId) {
}
