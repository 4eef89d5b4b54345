package fr.onboarding.account;

/**
 * An account as other modules see it: who the person is and where the account stands, never a
 * password or secret-answer hash.
 */
public record AccountView(String id, String loginEmail, String contactEmail, String firstName, String lastName,
                          String phone, String language, AccountStatus status) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
