package fr.onboarding.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SIRENE API settings under {@code onboarding.sirene.*}. Without an API key the bundled sample directory answers.
 *
 * @param requestsPerMinute the plan's quota (30 on the public plan): requests beyond it wait for a slot
 * @param maxWait           the longest a lookup waits, for a request slot or before retrying a 429
 * @param maxRetriesOn429   how many times a rate-limited request is retried before "try again later"
 */
@ConfigurationProperties(prefix = "onboarding.sirene", ignoreUnknownFields = false)
public record SireneProperties(
        @DefaultValue("https://api.insee.fr/api-sirene/3.11") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("30") int requestsPerMinute,
        @DefaultValue("PT2S") Duration connectTimeout,
        @DefaultValue("PT5S") Duration readTimeout,
        @DefaultValue("2") int maxRetriesOn429,
        @DefaultValue("PT5S") Duration maxWait) {

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** The key stays out of logs and error reports that print the settings. */
    @Override
    public String toString() {
        return "SireneProperties[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "******" : "(none)")
                + ", requestsPerMinute=" + requestsPerMinute + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxRetriesOn429=" + maxRetriesOn429 + ", maxWait=" + maxWait + "]";
    }
}
