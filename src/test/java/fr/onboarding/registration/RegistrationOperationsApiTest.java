package fr.onboarding.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** Operators list the registrations that wait for a person, find one by its login e-mail, and send it a new link. */
@JourneyTest
class RegistrationOperationsApiTest {

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    String operator;

    @BeforeEach
    void anOperator() {
        operator = journey.newEngineUser("operators");
    }

    private <T> ResponseEntity<T> asOperator(HttpMethod method, String path, Class<T> type) {
        return http.withBasicAuth(operator, Journey.ENGINE_USER_PASSWORD).exchange(path, method, HttpEntity.EMPTY, type);
    }

    /** A registration asking to join a structure, waiting for the manager's review; answers its process instance id. */
    private String aRegistrationWaitingForAManager() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        Map<String, Object> joining = Journey.registration(Journey.uniqueEmail());
        joining.put("attachment", Map.of("identifierType", "AUTRE", "identifier", structure, "scope", "WHOLE_STRUCTURE"));
        String accountId = (String) journey.post("/api/accounts", journey.withSolvedCaptcha(joining)).getBody().get("accountId");
        journey.runDueJobs();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId).singleResult().getId();
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    @Test
    void aRegistrationWhoseLinkExpiredIsListedFoundByItsAddressAndSentANewLink() {
        String email = Journey.uniqueEmail();
        String accountId = journey.register(email);
        journey.runDueJobs();
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId).singleResult().getId();
        moveClock(Duration.ofHours(25));
        journey.runDueJobs();

        ResponseEntity<List> stuck = asOperator(HttpMethod.GET, "/api/ops/stuck-activations?olderThan=PT24H&limit=500", List.class);

        assertThat(stuck.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> listed = ((List<Map<String, Object>>) stuck.getBody()).stream()
                .filter(r -> r.get("processInstanceId").equals(processInstanceId)).findFirst().orElseThrow();
        assertThat(listed).containsEntry("step", "ACTIVATION_LINK_EXPIRED").containsEntry("activationLinksSent", 1)
                .containsEntry("registrationKind", "ACCOUNT_ONLY").containsKeys("startedAt", "age", "activationLinkExpiresAt");
        assertThat((String) listed.get("age")).startsWith("PT25H");
        // Both dates in one form, an instant in UTC.
        assertThat(List.of(listed.get("startedAt"), listed.get("activationLinkExpiresAt")))
                .allSatisfy(date -> assertThat((String) date).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z"));
        assertThat((String) listed.get("cockpitUrl")).endsWith("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
        assertThat(listed.toString()).doesNotContain("@", "Gwenaël");

        ResponseEntity<Map> found = asOperator(HttpMethod.GET, "/api/ops/registrations?loginEmail=" + email.toUpperCase(), Map.class);
        assertThat(found.getBody()).containsEntry("processInstanceId", processInstanceId).containsEntry("step", "ACTIVATION_LINK_EXPIRED");

        greenMail.reset();
        assertThat(asOperator(HttpMethod.POST, "/api/ops/registrations/" + processInstanceId + "/activation-links", Map.class)
                .getStatusCode().value()).isEqualTo(202);
        journey.runDueJobs();

        assertThat(asOperator(HttpMethod.GET, "/api/ops/registrations?loginEmail=" + email, Map.class).getBody())
                .containsEntry("step", "ACTIVATION_LINK_VALID").containsEntry("activationLinksSent", 2);
        assertThat(journey.post("/api/activations/" + Journey.activationTokenFromMail(greenMail, email),
                Journey.activationForm(Journey.STRONG_PASSWORD)).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void aRecentRegistrationIsNotStuckAndOneWaitingForApprovalGetsNoLink() {
        String processInstanceId = aRegistrationWaitingForAManager();

        assertThat(((List<Map<String, Object>>) asOperator(HttpMethod.GET, "/api/ops/stuck-activations?olderThan=PT1H", List.class)
                .getBody())).noneMatch(r -> r.get("processInstanceId").equals(processInstanceId));
        assertThat(((List<Map<String, Object>>) asOperator(HttpMethod.GET, "/api/ops/stuck-activations?olderThan=PT0S&limit=500", List.class)
                .getBody())).anyMatch(r -> r.get("processInstanceId").equals(processInstanceId)
                && r.get("step").equals("AWAITING_MANAGER_APPROVAL") && r.get("identifierType").equals("AUTRE"));
        ResponseEntity<Map> refused = asOperator(HttpMethod.POST, "/api/ops/registrations/" + processInstanceId + "/activation-links", Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void aRegistrationWhoseReviewFailedIsListedOnceAsAnIncident() {
        String processInstanceId = aRegistrationWaitingForAManager();
        // A step of the managers' review failed for good (a mail through a long SMTP outage): the registration has the incident too.
        String review = runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).singleResult().getId();
        runtime.createIncident("failedJob", runtime.createExecutionQuery().processInstanceId(review)
                .activityId("ReviewAttachmentRequest").singleResult().getId(), "a manager's mail");

        assertThat(((List<Map<String, Object>>) asOperator(HttpMethod.GET, "/api/ops/stuck-activations?olderThan=PT0S&limit=500",
                List.class).getBody())).filteredOn(r -> r.get("processInstanceId").equals(processInstanceId))
                .extracting(r -> r.get("step")).containsExactly("INCIDENT");
    }

    @Test
    void aRegistrationWhoseMailFailedForGoodIsListedAsAnIncident() {
        greenMail.stop();
        try {
            String email = Journey.uniqueEmail();
            String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.register(email))
                    .singleResult().getId();
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).singleResult().getId());
                } catch (RuntimeException smtpDown) {
                    // the engine records the failure on the job
                }
            }

            assertThat(((List<Map<String, Object>>) asOperator(HttpMethod.GET, "/api/ops/stuck-activations?olderThan=PT0S&limit=500",
                    List.class).getBody())).anyMatch(r -> r.get("processInstanceId").equals(processInstanceId)
                    && r.get("step").equals("INCIDENT"));
            assertThat(asOperator(HttpMethod.GET, "/api/ops/registrations?loginEmail=" + email, Map.class).getBody())
                    .containsEntry("step", "INCIDENT");
        } finally {
            greenMail.start();
        }
    }

    @Test
    void badQuestionsGetFieldErrorsAndOnlyOperatorsGetAnswers() {
        ResponseEntity<Map> malformed = asOperator(HttpMethod.GET, "/api/ops/stuck-activations?olderThan=yesterday", Map.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody().toString()).contains("field=olderThan");
        assertThat(asOperator(HttpMethod.GET, "/api/ops/stuck-activations?limit=0", Map.class).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map> missing = asOperator(HttpMethod.GET, "/api/ops/registrations", Map.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getBody().toString()).contains("field=loginEmail");
        assertThat(asOperator(HttpMethod.GET, "/api/ops/registrations?loginEmail=nobody@example.fr", Map.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(asOperator(HttpMethod.POST, "/api/ops/registrations/nothing/activation-links", Map.class)
                .getStatusCode().value()).isEqualTo(404);

        String portalUser = journey.newActiveAccount(greenMail, "fr");
        ResponseEntity<String> asPortalUser = http.withBasicAuth(portalUser, Journey.STRONG_PASSWORD)
                .getForEntity("/api/ops/stuck-activations", String.class);
        assertThat(asPortalUser.getStatusCode().value()).isEqualTo(401);
        assertThat(asPortalUser.getBody()).contains("Camunda user and password of an operator");
        assertThat(http.getForEntity("/api/ops/stuck-activations", String.class).getStatusCode().value()).isEqualTo(401);
    }

    /** A browser remembering an operator's HTTP Basic credentials sends them with another site's form: refused. */
    @Test
    void anotherSitesPageCannotActForAnOperator() {
        for (Map.Entry<String, String> crossSite : Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example").entrySet()) {
            org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
            headers.set(crossSite.getKey(), crossSite.getValue());
            headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> forged = http.withBasicAuth(operator, Journey.ENGINE_USER_PASSWORD)
                    .exchange("/api/ops/failed-mails/retries", HttpMethod.POST, new HttpEntity<>("x=1", headers), String.class);
            assertThat(forged.getStatusCode().value()).as(crossSite.getKey()).isEqualTo(403);
        }
        assertThat(asOperator(HttpMethod.POST, "/api/ops/failed-mails/retries", Map.class).getStatusCode().value()).isEqualTo(200);
    }
}
