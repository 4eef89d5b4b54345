package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.MockedCollaboratorsJourneyTest;

/**
 * Whether a name exists must not show in what a log-in costs: every door spends exactly one
 * password hash for a portal account, an engine user or nobody (an unknown name used to cost none,
 * and answered six times faster).
 */
@MockedCollaboratorsJourneyTest
class LoginCostTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    PasswordEncoder hashes;

    @Test
    void everyEngineDoorLogInCostsOneHashWhateverTheName() {
        String account = journey.newActiveAccount(greenMail, "fr");
        User agent = identity.newUser("agent" + System.nanoTime());
        agent.setPassword("Agent-Password-2026");
        identity.saveUser(agent);

        for (String name : List.of(account, Journey.uniqueEmail(), agent.getId())) {
            clearInvocations(hashes);

            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(name, "Wrong-Password-1", StandardCharsets.UTF_8);
            assertThat(http.exchange("/engine-rest/task/count", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                    .getStatusCode().value()).isEqualTo(401);

            verify(hashes, times(1)).matches(any(), any());
        }
    }

    @Test
    void thePortalsLogInCostsOneHashWhateverTheName() {
        String account = journey.newActiveAccount(greenMail, "fr");

        for (String name : List.of(account, Journey.uniqueEmail())) {
            clearInvocations(hashes);

            assertThat(journey.getAs("/api/me", name, "Wrong-Password-1").getStatusCode().value()).isEqualTo(401);

            verify(hashes, times(1)).matches(any(), any());
        }
    }
}
