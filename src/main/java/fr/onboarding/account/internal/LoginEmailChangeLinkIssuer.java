package fr.onboarding.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.onboarding.account.LoginEmailChangeSettings;
import fr.onboarding.credentials.LinkTokens;
import fr.onboarding.credentials.OneTimeLinkIssuer;
import fr.onboarding.shared.PortalSettings;

/**
 * The link of the mail to a requested login e-mail ({@code mailLink=loginEmailChange}), valid
 * {@code onboarding.login-email-change.link-validity}; it carries the address asked for then.
 */
@Component
class LoginEmailChangeLinkIssuer extends OneTimeLinkIssuer {

    private final LoginEmailChangeTokenRepository tokens;
    private final AccountRepository accounts;

    LoginEmailChangeLinkIssuer(LoginEmailChangeTokenRepository tokens, AccountRepository accounts, PortalSettings portal,
                               LoginEmailChangeSettings settings, Clock clock, LinkTokens linkTokens) {
        super("loginEmailChange", () -> portal.publicBaseUrl() + "/login-email-change/", settings::linkValidity, clock, linkTokens);
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void revokeLinksOf(String accountId, Instant now) {
        tokens.findByAccountId(accountId).forEach(link -> link.revoke(now));
    }

    @Override
    protected void store(String accountId, String tokenHash, Instant expiresAt) {
        String requested = accounts.findById(accountId).orElseThrow().getPendingLoginEmail();
        tokens.save(new LoginEmailChangeToken(UUID.randomUUID().toString(), accountId, tokenHash, expiresAt, requested));
    }
}
