package fr.onboarding.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static fr.onboarding.registry.SireneAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fr.onboarding.registry.RegistryAnswer.Found;

/** The client keeps within the plan's quota: here two requests a minute, so the third lookup must wait. */
class SireneThrottleTest {

    @RegisterExtension
    static final WireMockExtension sirene = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String PATH = "/siret/75312468400014";

    /** The waits the client asked for, instead of sleeping. */
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void sireneAnswers() {
        sirene.stubFor(get(PATH).willReturn(json(200, "siret-active.json")));
    }

    @Test
    void lookupBeyondTheQuotaWaitsForTheNextSlot() {
        SireneClient client = twoPerMinute(Duration.ofMinutes(1));
        client.lookup("75312468400014");
        client.lookup("75312468400014");
        assertThat(pauses).isEmpty();

        assertThat(client.lookup("75312468400014")).isInstanceOf(Found.class);
        assertThat(pauses).singleElement().satisfies(pause -> assertThat(pause).isPositive());
        sirene.verify(3, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void lookupWhoseSlotIsFurtherAwayThanTheCallerMayWaitIsRefusedWithoutCallingSirene() {
        SireneClient client = twoPerMinute(Duration.ofSeconds(5));
        client.lookup("75312468400014");
        client.lookup("75312468400014");

        assertThatThrownBy(() -> client.lookup("75312468400014")).isInstanceOf(RegistryUnavailableException.class);
        assertThat(pauses).isEmpty();
        sirene.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    private SireneClient twoPerMinute(Duration maxWait) {
        SireneProperties properties = new SireneProperties(sirene.baseUrl(), "test-api-key", 2, Duration.ofSeconds(1),
                Duration.ofSeconds(2), 2, maxWait);
        return new SireneClient(properties, RestClient.builder(), pauses::add);
    }
}
