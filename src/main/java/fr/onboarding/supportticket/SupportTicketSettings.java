package fr.onboarding.supportticket;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.support-ticket.*}: support's handling of a ticket is due after due-after (late
 * in Tasklist from then on); a ticket still not handled after expires-after is closed, and the
 * requester told to write again if need be.
 */
@ConfigurationProperties(prefix = "onboarding.support-ticket", ignoreUnknownFields = false)
public record SupportTicketSettings(@DefaultValue("P2D") Duration dueAfter, @DefaultValue("P30D") Duration expiresAfter) {
}
