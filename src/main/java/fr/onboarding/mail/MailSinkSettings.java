package fr.onboarding.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.mail-sink.enabled}: the built-in inbox of the README's run command (an SMTP
 * server on {@code spring.mail.port} and the page /dev/mails). Off everywhere else: a jar started
 * any other way never binds that port and has no such page.
 */
@ConfigurationProperties(prefix = "onboarding.mail-sink", ignoreUnknownFields = false)
public record MailSinkSettings(@DefaultValue("false") boolean enabled) {
}
