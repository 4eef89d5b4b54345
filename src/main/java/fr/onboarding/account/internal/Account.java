package fr.onboarding.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.onboarding.account.AccountStatus;
import fr.onboarding.account.AccountView;
import fr.onboarding.account.NewAccount;

@Entity
@Table(name = "account")
public class Account {

    @Id
    private String id;
    private String loginEmail;
    private String contactEmail;
    private String pendingLoginEmail;
    private String firstName;
    private String lastName;
    private String phone;
    @Column(nullable = false)
    private String language;
    private boolean surveyConsent;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    private String passwordHash;
    private String secretQuestion;
    private String secretAnswerHash;
    private Instant termsAcceptedAt;
    private Instant createdAt;
    private Instant activatedAt;
    private Instant closedAt;
    @Version
    private Long version;

    protected Account() {
    }

    public Account(String id, NewAccount data, Instant now) {
        this.id = id;
        this.loginEmail = data.loginEmail();
        this.contactEmail = data.contactEmail();
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.phone = data.phone();
        this.language = data.language();
        this.surveyConsent = data.surveyConsent();
        this.termsAcceptedAt = now;
        this.createdAt = now;
        this.status = AccountStatus.PENDING_ACTIVATION;
    }

    public void activate(String passwordHash, String secretQuestion, String secretAnswerHash, Instant now) {
        this.passwordHash = passwordHash;
        this.secretQuestion = secretQuestion;
        this.secretAnswerHash = secretAnswerHash;
        this.status = AccountStatus.ACTIVE;
        this.activatedAt = now;
    }

    public void updatePersonalData(String firstName, String lastName, String phone, String language, String contactEmail) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.phone = phone;
        this.language = language;
        this.contactEmail = contactEmail;
    }

    /** A new login e-mail waits for its proof (the link mailed to it); a newer request replaces it. */
    public void requestLoginEmailChange(String newLoginEmail) {
        this.pendingLoginEmail = newLoginEmail;
    }

    public String getPendingLoginEmail() {
        return pendingLoginEmail;
    }

    /** The requested login e-mail is proven: it is the login from now on. */
    public void changeLoginEmail(String loginEmail) {
        this.loginEmail = loginEmail;
        this.pendingLoginEmail = null;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void close(Instant now) {
        this.status = AccountStatus.CLOSED;
        this.closedAt = now;
    }

    /** Frees the login e-mail and wipes what identifies a person; the id stays for the history. */
    public void erasePersonalData() {
        this.loginEmail = null;
        this.pendingLoginEmail = null;
        this.contactEmail = null;
        this.firstName = null;
        this.lastName = null;
        this.phone = null;
        this.surveyConsent = false;
    }

    public String getId() {
        return id;
    }

    public String getLoginEmail() {
        return loginEmail;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getSecretQuestion() {
        return secretQuestion;
    }

    public String getSecretAnswerHash() {
        return secretAnswerHash;
    }


    public AccountView view() {
        return new AccountView(id, loginEmail, contactEmail, firstName, lastName, phone, language, status);
    }
}
