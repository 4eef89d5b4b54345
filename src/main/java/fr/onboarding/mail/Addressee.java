package fr.onboarding.mail;

/** What a mail needs to know of the account it is about; read when the mail is sent, never stored in the process. */
public record Addressee(String loginEmail, String contactEmail, String firstName, String lastName, String language,
                        String pendingLoginEmail) {

    /** The same addressee, greeted without a name. */
    public Addressee withoutNames() {
        return new Addressee(loginEmail, contactEmail, null, null, language, pendingLoginEmail);
    }
}
