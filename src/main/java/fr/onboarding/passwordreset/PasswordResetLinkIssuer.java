package fr.onboarding.passwordreset;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.OnboardingProperties;
import fr.onboarding.credentials.OneTimeTokens;
import fr.onboarding.mail.MailLinkIssuer;

/** Issues the link of the password reset mail ({@code mailLink=passwordReset}); the account's older links die. */
@Component
class PasswordResetLinkIssuer implements MailLinkIssuer {

    private final PasswordResetTokenRepository tokens;
    private final OnboardingProperties properties;
    private final Clock clock;

    PasswordResetLinkIssuer(PasswordResetTokenRepository tokens, OnboardingProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "passwordReset";
    }

    @Override
    @Transactional
    public IssuedLink issue(String accountId) {
        Instant now = clock.instant();
        tokens.findByAccountId(accountId).forEach(t -> t.revoke(now));
        String token = OneTimeTokens.newToken();
        Instant expiresAt = now.plus(properties.passwordReset().linkValidity());
        tokens.save(new PasswordResetToken(UUID.randomUUID().toString(), accountId, OneTimeTokens.hash(token), expiresAt));
        return new IssuedLink(properties.publicBaseUrl() + "/password-reset/" + token, expiresAt);
    }
}
