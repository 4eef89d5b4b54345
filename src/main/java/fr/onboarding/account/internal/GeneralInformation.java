package fr.onboarding.account.internal;

/** The read-only "Informations générales" block of the activation page. */
record GeneralInformation(String loginEmail, String contactEmail, String firstName, String lastName,
                          String language, int passwordMinLength) {
}
