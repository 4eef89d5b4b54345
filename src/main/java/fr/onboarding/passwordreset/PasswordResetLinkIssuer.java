package fr.onboarding.passwordreset;

import java.time.Clock;

import org.springframework.stereotype.Component;

import fr.onboarding.OnboardingProperties;
import fr.onboarding.credentials.OneTimeLinkIssuer;

/** The link of the password reset mail ({@code mailLink=passwordReset}), valid {@code onboarding.password-reset.link-validity}. */
@Component
class PasswordResetLinkIssuer extends OneTimeLinkIssuer<PasswordResetToken> {

    PasswordResetLinkIssuer(PasswordResetTokenRepository tokens, OnboardingProperties properties, Clock clock) {
        super("passwordReset", tokens, tokens::findByAccountId, PasswordResetToken::new,
                () -> properties.publicBaseUrl() + "/password-reset/", () -> properties.passwordReset().linkValidity(),
                clock);
    }
}
