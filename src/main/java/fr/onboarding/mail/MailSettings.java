package fr.onboarding.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.mail.*}: the sender of every mail, and the retry cycle of every mail job (an
 * exhausted cycle becomes a Cockpit incident).
 */
@ConfigurationProperties(prefix = "onboarding.mail", ignoreUnknownFields = false)
public record MailSettings(@DefaultValue("Chorus Pro <no-reply@chorus-pro.localhost>") String from,
                           @DefaultValue("R5/PT10M") String retryCycle) {
}
