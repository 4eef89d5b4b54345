package fr.onboarding.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.onboarding.account.ActivationSettings;
import fr.onboarding.credentials.LinkTokens;
import fr.onboarding.credentials.OneTimeLinkIssuer;
import fr.onboarding.shared.PortalSettings;

/** The activation link of a mail ({@code mailLink=activation}), valid {@code onboarding.activation.link-validity}. */
@Component
class ActivationLinkIssuer extends OneTimeLinkIssuer {

    private final ActivationTokenRepository tokens;

    ActivationLinkIssuer(ActivationTokenRepository tokens, PortalSettings portal, ActivationSettings settings, Clock clock,
                         LinkTokens linkTokens) {
        super("activation", () -> portal.publicBaseUrl() + "/activation/", settings::linkValidity, clock, linkTokens);
        this.tokens = tokens;
    }

    @Override
    protected void revokeLinksOf(String accountId, Instant now) {
        tokens.findByAccountId(accountId).forEach(link -> link.revoke(now));
    }

    @Override
    protected void store(String accountId, String tokenHash, Instant expiresAt) {
        tokens.save(new ActivationToken(UUID.randomUUID().toString(), accountId, tokenHash, expiresAt));
    }
}
