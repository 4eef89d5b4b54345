package fr.onboarding.passwordreset;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.onboarding.credentials.OneTimeLink;

/** One password reset link; also burnt after too many wrong secret answers. */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken extends OneTimeLink {

    private int wrongAnswers;

    protected PasswordResetToken() {
    }

    PasswordResetToken(String id, String accountId, String tokenHash, Instant expiresAt) {
        super(id, accountId, tokenHash, expiresAt);
    }

    /** Counts a wrong secret answer; the link dies at the limit. */
    void wrongAnswer(int limit, Instant now) {
        wrongAnswers++;
        if (wrongAnswers >= limit) {
            revoke(now);
        }
    }
}
