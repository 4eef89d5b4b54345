package fr.onboarding.registry;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The INSEE SIRENE API 3.11 ({@code GET /siret/{siret}}), kept within the plan's quota: requests queue for a slot,
 * a 429 is retried after a pause, and whatever cannot be answered in a bounded time is "unavailable".
 */
class SireneClient implements CompanyRegistry {

    static final String API_KEY_HEADER = "X-INSEE-Api-Key-Integration";

    /** First pause after a 429 without Retry-After; doubled on each further 429. */
    private static final Duration BACKOFF_BASE = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SireneClient.class);

    private final RestClient http;
    private final Bucket quota;
    private final SireneProperties properties;
    private final Sleeper sleeper;

    SireneClient(SireneProperties properties, RestClient.Builder restClient, Sleeper sleeper) {
        this.properties = properties;
        this.sleeper = sleeper;
        this.http = restClient
                .baseUrl(properties.baseUrl())
                .defaultHeader(API_KEY_HEADER, properties.apiKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(ClientHttpRequestFactorySettings.defaults()
                        .withTimeouts(properties.connectTimeout(), properties.readTimeout())))
                .build();
        int perMinute = properties.requestsPerMinute();
        this.quota = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    @Override
    public RegistryAnswer lookup(String siret) {
        try {
            return lookupWithinQuota(siret);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("Interrupted while waiting for SIRENE", e);
        }
    }

    private RegistryAnswer lookupWithinQuota(String siret) throws InterruptedException {
        for (int retry = 0; ; retry++) {
            awaitRequestSlot();
            Reply reply = fetch(siret);
            if (reply.status() != 429) {
                return answer(reply);
            }
            Duration pause = backoff(retry, reply.retryAfter());
            if (retry >= properties.maxRetriesOn429() || pause.compareTo(properties.maxWait()) > 0) {
                throw new RegistryUnavailableException("SIRENE keeps answering 429 (too many requests)");
            }
            log.info("SIRENE answered 429 (too many requests); retrying in {}", pause);
            sleeper.sleep(pause);
        }
    }

    private void awaitRequestSlot() throws InterruptedException {
        boolean granted = quota.asBlocking()
                .tryConsume(1, properties.maxWait(), nanos -> sleeper.sleep(Duration.ofNanos(nanos)));
        if (!granted) {
            throw new RegistryUnavailableException("SIRENE request quota used up for now");
        }
    }

    private Reply fetch(String siret) {
        try {
            return http.get().uri("/siret/{siret}", siret).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                // Only a 200 carries an establishment; error bodies are not always JSON.
                SireneJson.Answer body = status == 200 ? response.bodyTo(SireneJson.Answer.class) : null;
                return new Reply(status, response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), body);
            });
        } catch (RestClientException e) {
            throw new RegistryUnavailableException("SIRENE did not answer", e);
        }
    }

    private static RegistryAnswer answer(Reply reply) {
        return switch (reply.status()) {
            case 200 -> found(reply.body());
            // 403: the unit exists but our key may not see it; the portal treats it as unknown.
            case 403, 404 -> new RegistryAnswer.NotFound();
            default -> throw new RegistryUnavailableException("SIRENE answered HTTP " + reply.status());
        };
    }

    private static RegistryAnswer found(SireneJson.Answer body) {
        if (body == null || body.etablissement() == null) {
            throw new RegistryUnavailableException("SIRENE answered 200 without an establishment");
        }
        return new RegistryAnswer.Found(SireneMapping.toEstablishment(body.etablissement()));
    }

    /** Retry-After (in seconds) when SIRENE gives one, else exponential from a small base. */
    private static Duration backoff(int retry, String retryAfter) {
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        }
        return BACKOFF_BASE.multipliedBy(1L << retry);
    }

    private record Reply(int status, String retryAfter, SireneJson.Answer body) {
    }
}
