package fr.onboarding.account;

/**
 * A validated registration, normalised (e-mails lower case, contact e-mail defaulted). It
 * travels to the process only as a transient variable: never stored in the engine's tables.
 */
public record NewAccount(String loginEmail, String contactEmail, String firstName, String lastName,
                         String phone, String language, boolean surveyConsent) {

    /** Personal data never reaches a log line through an exception message. */
    @Override
    public String toString() {
        return "NewAccount[language=" + language + "]";
    }
}
