package fr.onboarding.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.onboarding.credentials.OneTimeLink;

/** One activation link. */
@Entity
@Table(name = "activation_token")
class ActivationToken extends OneTimeLink {

    protected ActivationToken() {
    }

    ActivationToken(String id, String accountId, String tokenHash, Instant expiresAt) {
        super(id, accountId, tokenHash, expiresAt);
    }
}
