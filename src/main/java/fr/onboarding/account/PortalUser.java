package fr.onboarding.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in portal account: its login e-mail is the username, and it knows its account id. */
public class PortalUser extends User {

    /** A logged-in session holds it, serialized in the database (Spring Session JDBC). */
    private static final long serialVersionUID = 1L;

    private final String accountId;

    public PortalUser(String accountId, String loginEmail, String passwordHash) {
        super(loginEmail, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.accountId = accountId;
    }

    public String accountId() {
        return accountId;
    }
}
