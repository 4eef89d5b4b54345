package fr.onboarding.structure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.attachment.*}: managers are reminded of a pending request after
 * reminder-after; the request expires after expires-after.
 */
@ConfigurationProperties(prefix = "onboarding.attachment", ignoreUnknownFields = false)
public record AttachmentSettings(@DefaultValue("P7D") Duration reminderAfter, @DefaultValue("P30D") Duration expiresAfter) {
}
