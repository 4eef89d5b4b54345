package fr.onboarding.registration;

import fr.onboarding.account.AccountStatus;

/** Same shape whether or not the login e-mail was free: the answer reveals nothing. */
record RegistrationResponse(String accountId, AccountStatus status) {
}
