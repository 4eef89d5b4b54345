package fr.onboarding.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static fr.onboarding.registry.SireneAnswers.json;
import static fr.onboarding.registry.SireneAnswers.tooManyRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fr.onboarding.registry.Establishment.Address;
import fr.onboarding.registry.RegistryAnswer.Found;
import fr.onboarding.registry.RegistryAnswer.NotFound;

/** The SIRENE client against a local stub answering like the INSEE API 3.11. */
class SireneClientTest {

    @RegisterExtension
    static final WireMockExtension sirene = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String BASE_PATH = "/api-sirene/3.11";
    private static final String API_KEY = "test-api-key";
    private static final String ACTIVE = "75312468400014";

    /** The pauses the client asked for, instead of sleeping. */
    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void activeEstablishmentIsFoundWithItsNameAndAddress() {
        answer(ACTIVE, json(200, "siret-active.json"));

        assertThat(client().lookup(ACTIVE)).isEqualTo(new Found(new Establishment(ACTIVE, "753124684",
                "LE PETIT ATELIER", true, true,
                new Address("1 BOULEVARD POISSONNIERE", null, null, "75002", "PARIS 2", "FR"), "5710")));
    }

    @Test
    void apiKeyIsSentInTheInseeHeader() {
        answer(ACTIVE, json(200, "siret-active.json"));

        client().lookup(ACTIVE);

        sirene.verify(getRequestedFor(urlEqualTo(BASE_PATH + "/siret/" + ACTIVE))
                .withHeader(SireneClient.API_KEY_HEADER, equalTo(API_KEY)));
    }

    @Test
    void closedEstablishmentIsFoundInactive() {
        answer("44556677100025", json(200, "siret-closed.json"));

        Establishment closed = found(client().lookup("44556677100025"));

        assertThat(closed.active()).isFalse();
        assertThat(closed.companyName()).isEqualTo("QUINCAILLERIE DU CANAL");
        assertThat(closed.address().line()).isEqualTo("4 QUAI DES BATELIERS");
    }

    @Test
    void nonDiffusibleEstablishmentExposesNoAddressAndNoMaskedValue() {
        answer("51234987900019", json(200, "siret-non-diffusible.json"));

        assertThat(client().lookup("51234987900019")).isEqualTo(new Found(new Establishment("51234987900019",
                "512349879", null, true, false, null, "1000")));
    }

    @Test
    void naturalPersonIsNamedByUsualFirstNameThenLastName() {
        answer("63210987200010", json(200, "siret-natural-person.json"));

        Establishment person = found(client().lookup("63210987200010"));

        assertThat(person.companyName()).isEqualTo("JEANNE MARTIN");
        assertThat(person.address().line()).isEqualTo("27 BIS COURS DE L INTENDANCE");
    }

    @Test
    void establishmentAbroadKeepsItsCityAndLeavesTheCountryCodeToTheUser() {
        answer("30987654800020", json(200, "siret-abroad.json"));

        assertThat(found(client().lookup("30987654800020")).address())
                .isEqualTo(new Address("12 FRIEDRICHSTRASSE", null, null, null, "10117 BERLIN", null));
    }

    @Test
    void unknownSiretIsNotFound() {
        answer("99999999999999", json(404, "siret-not-found.json"));

        assertThat(client().lookup("99999999999999")).isEqualTo(new NotFound());
    }

    @Test
    void siretHiddenFromOurKeyIsTreatedAsUnknown() {
        answer(ACTIVE, aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"header\":{\"statut\":403,\"message\":\"Établissement non diffusable (" + ACTIVE + ")\"}}"));

        assertThat(client().lookup(ACTIVE)).isEqualTo(new NotFound());
    }

    @Test
    void rateLimitedLookupIsRetriedAfterTheRetryAfterDelay() {
        sirene.stubFor(get(BASE_PATH + "/siret/" + ACTIVE).inScenario("quota").whenScenarioStateIs(STARTED)
                .willReturn(tooManyRequests().withHeader("Retry-After", "3")).willSetStateTo("quota renewed"));
        sirene.stubFor(get(BASE_PATH + "/siret/" + ACTIVE).inScenario("quota").whenScenarioStateIs("quota renewed")
                .willReturn(json(200, "siret-active.json")));

        assertThat(client().lookup(ACTIVE)).isInstanceOf(Found.class);
        assertThat(pauses).containsExactly(Duration.ofSeconds(3));
        sirene.verify(2, getRequestedFor(urlEqualTo(BASE_PATH + "/siret/" + ACTIVE)));
    }

    @Test
    void persistentRateLimitMakesTheRegistryUnavailableAfterBoundedExponentialRetries() {
        answer(ACTIVE, tooManyRequests());

        assertThatThrownBy(() -> client().lookup(ACTIVE)).isInstanceOf(RegistryUnavailableException.class);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        sirene.verify(3, getRequestedFor(urlEqualTo(BASE_PATH + "/siret/" + ACTIVE)));
    }

    @Test
    void retryAfterLongerThanTheCallerMayWaitGivesUpAtOnce() {
        answer(ACTIVE, tooManyRequests().withHeader("Retry-After", "60"));

        assertThatThrownBy(() -> client().lookup(ACTIVE)).isInstanceOf(RegistryUnavailableException.class);
        assertThat(pauses).isEmpty();
        sirene.verify(1, getRequestedFor(urlEqualTo(BASE_PATH + "/siret/" + ACTIVE)));
    }

    @Test
    void serverErrorMakesTheRegistryUnavailable() {
        answer(ACTIVE, aResponse().withStatus(500));

        assertThatThrownBy(() -> client().lookup(ACTIVE)).isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void answerSlowerThanTheReadTimeoutMakesTheRegistryUnavailable() {
        answer(ACTIVE, json(200, "siret-active.json").withFixedDelay(500));
        SireneClient impatient = client(sirene.baseUrl() + BASE_PATH, Duration.ofMillis(100));

        assertThatThrownBy(() -> impatient.lookup(ACTIVE)).isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void refusedConnectionMakesTheRegistryUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SireneClient unreachable = client("http://localhost:" + closedPort + BASE_PATH, Duration.ofSeconds(1));

        assertThatThrownBy(() -> unreachable.lookup(ACTIVE)).isInstanceOf(RegistryUnavailableException.class);
    }

    private SireneClient client() {
        return client(sirene.baseUrl() + BASE_PATH, Duration.ofSeconds(2));
    }

    /** 30 requests a minute, so that only the 429s make it pause; at most 2 retries, waits of at most 5 s. */
    private SireneClient client(String baseUrl, Duration readTimeout) {
        SireneProperties properties = new SireneProperties(baseUrl, API_KEY, 30, Duration.ofSeconds(1), readTimeout,
                2, Duration.ofSeconds(5));
        return new SireneClient(properties, RestClient.builder(), pauses::add);
    }

    private static Establishment found(RegistryAnswer answer) {
        assertThat(answer).isInstanceOf(Found.class);
        return ((Found) answer).establishment();
    }

    private static void answer(String siret, ResponseDefinitionBuilder response) {
        sirene.stubFor(get(BASE_PATH + "/siret/" + siret).willReturn(response));
    }
}
