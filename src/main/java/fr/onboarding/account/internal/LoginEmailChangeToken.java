package fr.onboarding.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.onboarding.credentials.OneTimeLink;

/** One link mailed to a new login e-mail: following it proves the address and makes it the login. */
@Entity
@Table(name = "login_email_change_token")
public class LoginEmailChangeToken extends OneTimeLink {

    private String newLoginEmail;

    protected LoginEmailChangeToken() {
    }

    LoginEmailChangeToken(String id, String accountId, String tokenHash, Instant expiresAt, String newLoginEmail) {
        super(id, accountId, tokenHash, expiresAt);
        this.newLoginEmail = newLoginEmail;
    }

    public String getNewLoginEmail() {
        return newLoginEmail;
    }
}
