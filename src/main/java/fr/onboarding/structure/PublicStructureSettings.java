package fr.onboarding.structure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onboarding.public-structure.*}: support's review of a public structure is due after
 * review-due-after (Tasklist shows it late from then on); a request support has not decided after
 * review-expires-after lapses, and the requester is told.
 */
@ConfigurationProperties(prefix = "onboarding.public-structure", ignoreUnknownFields = false)
public record PublicStructureSettings(@DefaultValue("P7D") Duration reviewDueAfter, @DefaultValue("P30D") Duration reviewExpiresAfter) {
}
