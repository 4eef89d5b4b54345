package fr.onboarding.passwordreset;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.onboarding.credentials.LinkTokens;
import fr.onboarding.credentials.OneTimeLinkIssuer;
import fr.onboarding.shared.PortalSettings;

/** The link of the password reset mail ({@code mailLink=passwordReset}), valid {@code onboarding.password-reset.link-validity}. */
@Component
class PasswordResetLinkIssuer extends OneTimeLinkIssuer {

    private final PasswordResetTokenRepository tokens;

    PasswordResetLinkIssuer(PasswordResetTokenRepository tokens, PortalSettings portal, PasswordResetSettings settings,
                            Clock clock, LinkTokens linkTokens) {
        super("passwordReset", () -> portal.publicBaseUrl() + "/password-reset/", settings::linkValidity, clock, linkTokens);
        this.tokens = tokens;
    }

    @Override
    protected void revokeLinksOf(String accountId, Instant now) {
        tokens.findByAccountId(accountId).forEach(link -> link.revoke(now));
    }

    @Override
    protected void store(String accountId, String tokenHash, Instant expiresAt) {
        tokens.save(new PasswordResetToken(UUID.randomUUID().toString(), accountId, tokenHash, expiresAt));
    }
}
