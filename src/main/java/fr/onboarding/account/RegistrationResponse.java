package fr.onboarding.account;

/** Same shape whether or not the login e-mail was free: the answer reveals nothing. */
record RegistrationResponse(String accountId, AccountStatus status) {
}
