package fr.onboarding.passwordreset;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One password reset link: only its hash is kept; single use; burnt after too many wrong answers. */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken {

    @Id
    private String id;
    private String accountId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;
    private int wrongAnswers;

    protected PasswordResetToken() {
    }

    PasswordResetToken(String id, String accountId, String tokenHash, Instant expiresAt) {
        this.id = id;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Counts a wrong secret answer; the link dies at the limit. */
    void wrongAnswer(int limit, Instant now) {
        wrongAnswers++;
        if (wrongAnswers >= limit) {
            revokedAt = now;
        }
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
}
