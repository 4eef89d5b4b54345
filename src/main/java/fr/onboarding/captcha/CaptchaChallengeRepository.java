package fr.onboarding.captcha;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaptchaChallengeRepository extends JpaRepository<CaptchaChallenge, String> {

    @Modifying
    @Query("delete from CaptchaChallenge c where c.expiresAt < :now")
    int deleteExpired(Instant now);

    /** Deletes the challenge; 0 when another request used it up first. */
    @Modifying
    @Query("delete from CaptchaChallenge c where c.id = :id")
    int consume(String id);
}
