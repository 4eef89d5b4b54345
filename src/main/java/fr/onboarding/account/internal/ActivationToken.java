package fr.onboarding.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.onboarding.credentials.OneTimeLink;

/** One activation link. */
@Entity
@Table(name = "activation_token")
public class ActivationToken extends OneTimeLink {

    protected ActivationToken() {
    }

    public ActivationToken(String id, String accountId, String tokenHash, Instant expiresAt) {
        super(id, accountId, tokenHash, expiresAt);
    }
}
