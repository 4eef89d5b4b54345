package fr.onboarding.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.OnboardingProperties;
import fr.onboarding.credentials.OneTimeTokens;
import fr.onboarding.mail.MailLinkIssuer;

/**
 * Issues the activation link of a mail ({@code mailLink=activation}): a new token, valid
 * {@code onboarding.activation.link-validity}; the account's older links die with it.
 */
@Component
class ActivationLinkIssuer implements MailLinkIssuer {

    private final ActivationTokenRepository tokens;
    private final OnboardingProperties properties;
    private final Clock clock;

    ActivationLinkIssuer(ActivationTokenRepository tokens, OnboardingProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "activation";
    }

    @Override
    @Transactional
    public IssuedLink issue(String accountId) {
        Instant now = clock.instant();
        tokens.findByAccountId(accountId).forEach(t -> t.revoke(now));
        String token = OneTimeTokens.newToken();
        Instant expiresAt = now.plus(properties.activation().linkValidity());
        tokens.save(new ActivationToken(UUID.randomUUID().toString(), accountId, OneTimeTokens.hash(token), expiresAt));
        return new IssuedLink(properties.publicBaseUrl() + "/activation/" + token, expiresAt);
    }
}
