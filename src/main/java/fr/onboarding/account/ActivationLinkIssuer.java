package fr.onboarding.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.onboarding.OnboardingProperties;
import fr.onboarding.credentials.OneTimeLinkIssuer;

/** The activation link of a mail ({@code mailLink=activation}), valid {@code onboarding.activation.link-validity}. */
@Component
class ActivationLinkIssuer extends OneTimeLinkIssuer<ActivationToken> {

    private final ActivationTokenRepository tokens;
    private final OnboardingProperties properties;

    ActivationLinkIssuer(ActivationTokenRepository tokens, OnboardingProperties properties, Clock clock) {
        super(tokens, clock);
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "activation";
    }

    @Override
    protected String pageUrl() {
        return properties.publicBaseUrl() + "/activation/";
    }

    @Override
    protected Duration validity() {
        return properties.activation().linkValidity();
    }

    @Override
    protected List<ActivationToken> linksOf(String accountId) {
        return tokens.findByAccountId(accountId);
    }

    @Override
    protected ActivationToken newLink(String id, String accountId, String tokenHash, Instant expiresAt) {
        return new ActivationToken(id, accountId, tokenHash, expiresAt);
    }
}
