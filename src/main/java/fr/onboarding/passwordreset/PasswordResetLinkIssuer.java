package fr.onboarding.passwordreset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.onboarding.OnboardingProperties;
import fr.onboarding.credentials.OneTimeLinkIssuer;

/** The link of the password reset mail ({@code mailLink=passwordReset}), valid {@code onboarding.password-reset.link-validity}. */
@Component
class PasswordResetLinkIssuer extends OneTimeLinkIssuer<PasswordResetToken> {

    private final PasswordResetTokenRepository tokens;
    private final OnboardingProperties properties;

    PasswordResetLinkIssuer(PasswordResetTokenRepository tokens, OnboardingProperties properties, Clock clock) {
        super(tokens, clock);
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "passwordReset";
    }

    @Override
    protected String pageUrl() {
        return properties.publicBaseUrl() + "/password-reset/";
    }

    @Override
    protected Duration validity() {
        return properties.passwordReset().linkValidity();
    }

    @Override
    protected List<PasswordResetToken> linksOf(String accountId) {
        return tokens.findByAccountId(accountId);
    }

    @Override
    protected PasswordResetToken newLink(String id, String accountId, String tokenHash, Instant expiresAt) {
        return new PasswordResetToken(id, accountId, tokenHash, expiresAt);
    }
}
