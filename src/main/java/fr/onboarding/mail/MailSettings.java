package fr.onboarding.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.mail.*}: the sender of every mail, the retry cycle of every mail job (an
 * exhausted cycle becomes a Cockpit incident; the engine's default, see {@code MailRetryCycle}), and the key from which a mail's link is derived when
 * its job is retried. The default cycle waits longer and longer, 1 minute to 8 hours, about 16 hours
 * in all: an SMTP outage of a night is outlived without an incident. The link key, when not set, is
 * generated once and kept in the data directory (see {@code GeneratedSecretsEnvironment}).
 */
@ConfigurationProperties(prefix = "onboarding.mail", ignoreUnknownFields = false)
public record MailSettings(@DefaultValue("Chorus Pro <no-reply@chorus-pro.localhost>") String from,
                           @DefaultValue("PT1M,PT5M,PT15M,PT30M,PT1H,PT2H,PT4H,PT8H") String retryCycle,
                           String linkKey) {
}
