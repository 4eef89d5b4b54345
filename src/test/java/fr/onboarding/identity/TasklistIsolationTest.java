package fr.onboarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * Managers log into the engine with their portal login and password, and see and complete only
 * the review tasks of the structures they manage; support sees its own group's tasks. Proven
 * through the engine's REST API, which is what Tasklist calls.
 */
@JourneyTest
class TasklistIsolationTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DataSource dataSource;


    String managerA;
    String managerB;
    String taskOfA;
    String taskOfB;
    String requester;
    String requestToB;

    @BeforeEach
    void twoStructuresEachWithAPendingRequest() {
        managerA = journey.newActiveAccount(greenMail, "fr");
        managerB = journey.newActiveAccount(greenMail, "fr");
        String structureA = journey.newStructure(managerA);
        String structureB = journey.newStructure(managerB);
        requester = journey.newActiveAccount(greenMail, "fr");
        taskOfA = reviewTaskOf(askToJoin(requester, structureA));
        requestToB = askToJoin(requester, structureB);
        taskOfB = reviewTaskOf(requestToB);
    }

    private String askToJoin(String requester, String structure) {
        return (String) journey.postAs("/api/me/attachment-requests", Map.of("identifierType", "AUTRE",
                "identifier", structure, "scope", "WHOLE_STRUCTURE"), requester).getBody().get("requestId");
    }

    private String reviewTaskOf(String requestId) {
        journey.runDueJobs();
        return tasks.createTaskQuery().processInstanceBusinessKey(requestId).singleResult().getId();
    }

    private ResponseEntity<String> engine(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, Journey.STRONG_PASSWORD, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
    }

    private List<String> visibleTaskIds(String user) {
        ResponseEntity<List> visible = http.exchange("/engine-rest/task", HttpMethod.GET,
                new HttpEntity<>(basic(user, Journey.STRONG_PASSWORD)), List.class);
        assertThat(visible.getStatusCode().value()).isEqualTo(200);
        return ((List<Map<String, Object>>) visible.getBody()).stream().map(t -> (String) t.get("id")).toList();
    }

    private static HttpHeaders basic(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        return headers;
    }

    private static Map<String, Object> decision(boolean approved) {
        return Map.of("variables", Map.of("approved", Map.of("value", approved, "type", "Boolean")));
    }

    @Test
    void eachManagerSeesOnlyTheTasksOfTheirOwnStructure() {
        assertThat(visibleTaskIds(managerA)).contains(taskOfA).doesNotContain(taskOfB);
        assertThat(visibleTaskIds(managerB)).contains(taskOfB).doesNotContain(taskOfA);
    }

    @Test
    void aManagerCannotCompleteAnotherStructuresTask() {
        ResponseEntity<String> refused = engine(HttpMethod.POST, "/task/" + taskOfB + "/complete", managerA, decision(true));

        assertThat(refused.getStatusCode().value()).isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(taskOfB).count()).isEqualTo(1);
    }

    @Test
    void aManagerDecidesOnceAndNobodyDecidesTwice() {
        assertThat(engine(HttpMethod.POST, "/task/" + taskOfA + "/complete", managerA, decision(true))
                .getStatusCode().value()).isEqualTo(204);

        // The engine answers 500 "task does not exist" for a task already completed: its own wording, left as it is.
        assertThat(engine(HttpMethod.POST, "/task/" + taskOfA + "/complete", managerA, decision(false))
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(engine(HttpMethod.POST, "/task/" + taskOfA + "/complete", managerB, decision(false))
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(visibleTaskIds(managerA)).doesNotContain(taskOfA);
    }

    @Test
    void completingOnesOwnTaskCannotDecideAnotherStructuresRequest() {
        Map<String, Object> forged = Map.of("variables", Map.of(
                "approved", Map.of("value", true, "type", "Boolean"),
                "membershipId", Map.of("value", requestToB, "type", "String")));

        assertThat(engine(HttpMethod.POST, "/task/" + taskOfA + "/complete", managerA, forged).getStatusCode().value())
                .isEqualTo(204);
        journey.runDueJobs();

        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", requester).getBody().get("structures"))
                .extracting(s -> s.get("attachmentStatus")).containsExactlyInAnyOrder("APPROVED", "PENDING");
        assertThat(tasks.createTaskQuery().taskId(taskOfB).count()).isEqualTo(1);
    }

    @Test
    void aWrongPortalPasswordIsRefused() {
        ResponseEntity<String> refused = http.exchange("/engine-rest/task", HttpMethod.GET,
                new HttpEntity<>(basic(managerA, "Not-The-Password-1")), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void supportSeesThePublicStructureTasksAndNoAttachmentTask() {
        String agent = journey.newEngineUser("support");
        Map<String, Object> pending = journey.postAs("/api/me/structures", Map.of("identifierType", "AUTRE",
                "identifier", "COMMUNE-" + System.nanoTime(), "companyName", "Commune", "publicEntity", true,
                "address", Map.of("line", "Mairie", "postalCode", "29000", "city", "Quimper", "countryCode", "FR")),
                managerA).getBody();
        String publicTask = tasks.createTaskQuery().processInstanceBusinessKey((String) pending.get("id")).singleResult().getId();

        ResponseEntity<List> visible = http.exchange("/engine-rest/task", HttpMethod.GET,
                new HttpEntity<>(basic(agent, Journey.ENGINE_USER_PASSWORD)), List.class);

        List<String> ids = ((List<Map<String, Object>>) visible.getBody()).stream().map(t -> (String) t.get("id")).toList();
        assertThat(ids).contains(publicTask).doesNotContain(taskOfA, taskOfB);
        assertThat(visibleTaskIds(managerA)).doesNotContain(publicTask);
    }

    @Test
    void aManagerLogsIntoTasklistWithTheirPortalCredentials() {
        ResponseEntity<Map> login = tasklistLogIn(managerA);

        assertThat(login.getStatusCode().value()).isEqualTo(200);
        assertThat(login.getBody()).containsEntry("userId", managerA);
        assertThat((List<String>) login.getBody().get("authorizedApps")).contains("tasklist");
    }

    /** Whoever may know the old password is logged out of Tasklist too, whichever node holds the session. */
    @Test
    void aNewPasswordEndsTheManagersTasklistSession() {
        String session = sessionCookie(tasklistLogIn(managerA));
        assertThat(tasklistTaskCount(session)).isEqualTo(200);

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(managerA, Journey.STRONG_PASSWORD, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/me", HttpMethod.PATCH, new HttpEntity<>(Map.of("currentPassword", Journey.STRONG_PASSWORD,
                "newPassword", "Nouvelle-Saison-2027", "newPasswordConfirmation", "Nouvelle-Saison-2027"), headers), Map.class)
                .getStatusCode().value()).isEqualTo(200);

        assertThat(tasklistTaskCount(session)).isEqualTo(401);
    }

    private ResponseEntity<Map> tasklistLogIn(String user) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
        String xsrf = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().split(";")[0].substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", xsrf);
        headers.add(HttpHeaders.COOKIE, String.join("; ", page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";")[0]).toList()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", Journey.STRONG_PASSWORD);
        return http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers), Map.class);
    }

    private static String sessionCookie(ResponseEntity<?> response) {
        return response.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private int tasklistTaskCount(String session) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        return http.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value();
    }

    @Test
    void theEngineKeepsNoCopyOfPortalPasswords() {
        Integer copies = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from ACT_ID_USER where ID_ in (?, ?)", Integer.class, managerA, managerB);

        assertThat(copies).isZero();
    }
}
