package fr.onboarding.captcha;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "captcha_challenge")
class CaptchaChallenge {

    @Id
    private String id;
    private String answer;
    private Instant expiresAt;

    protected CaptchaChallenge() {
    }

    CaptchaChallenge(String id, String answer, Instant expiresAt) {
        this.id = id;
        this.answer = answer;
        this.expiresAt = expiresAt;
    }

    String getAnswer() {
        return answer;
    }

    boolean isSolvedBy(String attempt, Instant now) {
        return now.isBefore(expiresAt) && attempt != null && answer.equalsIgnoreCase(attempt.strip());
    }
}
