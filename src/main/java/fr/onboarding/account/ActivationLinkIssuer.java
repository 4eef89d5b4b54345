package fr.onboarding.account;

import java.time.Clock;

import org.springframework.stereotype.Component;

import fr.onboarding.OnboardingProperties;
import fr.onboarding.credentials.OneTimeLinkIssuer;

/** The activation link of a mail ({@code mailLink=activation}), valid {@code onboarding.activation.link-validity}. */
@Component
class ActivationLinkIssuer extends OneTimeLinkIssuer<ActivationToken> {

    ActivationLinkIssuer(ActivationTokenRepository tokens, OnboardingProperties properties, Clock clock) {
        super("activation", tokens, tokens::findByAccountId, ActivationToken::new,
                () -> properties.publicBaseUrl() + "/activation/", () -> properties.activation().linkValidity(), clock);
    }
}
