package fr.onboarding.credentials;

import java.time.Instant;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A mailed one-time link (activation, password reset): only the token's hash is kept; usable once,
 * until it expires or a newer link of the same account revokes it.
 */
@MappedSuperclass
public abstract class OneTimeLink {

    @Id
    private String id;
    private String accountId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;

    protected OneTimeLink() {
    }

    protected OneTimeLink(String id, String accountId, String tokenHash, Instant expiresAt) {
        this.id = id;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        usedAt = now;
    }

    public void revoke(Instant now) {
        if (usedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    public String getAccountId() {
        return accountId;
    }
}
