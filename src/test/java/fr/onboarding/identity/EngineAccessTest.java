package fr.onboarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** Nothing of the engine is open: its REST API wants credentials, and there is no demo user. */
@JourneyTest
class EngineAccessTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Journey journey;

    @Test
    void theEngineRestApiRefusesAnonymousCalls() {
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void theEngineRestApiAnswersTheConfiguredAdmin() {
        ResponseEntity<String> definitions = http.withBasicAuth("admin", "test-admin-password")
                .getForEntity("/engine-rest/process-definition?key=account-registration", String.class);

        assertThat(definitions.getStatusCode().value()).isEqualTo(200);
        assertThat(definitions.getBody()).contains("\"key\":\"account-registration\"");
    }

    /** Managers and support work in Camunda 7 by design: the "migrate to Camunda 8" notice is hidden from them. */
    @Test
    void theWebappsHideTheMigrationNotice() {
        for (String app : java.util.List.of("tasklist", "cockpit", "admin", "welcome")) {
            ResponseEntity<String> styles = http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
            assertThat(styles.getStatusCode().value()).isEqualTo(200);
            assertThat(styles.getBody()).contains(".ce-eol-banner").contains("display: none");
        }
    }

    @Test
    void thereIsNoDemoUser() {
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theWebappsAskForALogin() {
        ResponseEntity<String> cockpitApi = http.getForEntity("/camunda/api/cockpit/plugin/base/default/process-definition/statistics", String.class);

        assertThat(cockpitApi.getStatusCode().value()).isIn(401, 403);
    }

    @Test
    void operatorsReadTheProcessInstancesThatCockpitShows() {
        TestRestTemplate operator = journey.asNewEngineUser("operators");
        journey.register(Journey.uniqueEmail());

        ResponseEntity<Map> count = operator.getForEntity("/engine-rest/process-instance/count", Map.class);

        assertThat(count.getStatusCode().value()).isEqualTo(200);
        assertThat(((Number) count.getBody().get("count")).longValue()).isPositive();
    }

    @Test
    void thePortalApiWantsCredentialsForMe() {
        ResponseEntity<String> me = http.getForEntity("/api/me", String.class);

        assertThat(me.getStatusCode().value()).isEqualTo(401);
        assertThat(me.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }
}
