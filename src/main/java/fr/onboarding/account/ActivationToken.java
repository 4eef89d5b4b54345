package fr.onboarding.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One activation link. Only the token's hash is kept; the token itself lives in the mail. */
@Entity
@Table(name = "activation_token")
class ActivationToken {

    @Id
    private String id;
    private String accountId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    protected ActivationToken() {
    }

    ActivationToken(String id, String accountId, String tokenHash, Instant expiresAt) {
        this.id = id;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    String getAccountId() {
        return accountId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
