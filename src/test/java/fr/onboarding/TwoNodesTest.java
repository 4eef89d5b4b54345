package fr.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Two nodes of the application on one PostgreSQL database share the work: registrations made on
 * either are mailed once, each timer fires once, on one of them; a task decided on one node is
 * gone on the other, and a person logged in through one node is logged in on both (sessions in the
 * database). The links expire after 20 s here, so that the expiry timer (and the reminder, due at
 * once) fire during the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private static final int REGISTRATIONS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String database = FreshPostgresDatabase.recreate("nodes");
    private final GreenMail smtp = TestMailServer.smtpServer(ApplicationProcess.freePort());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ApplicationProcess> nodes = new ArrayList<>();
    private Path dataDir;
    private ApplicationProcess first;
    private ApplicationProcess second;

    @BeforeAll
    void startTwoNodes() throws Exception {
        smtp.start();
        // One data directory: both nodes derive the mails' links from the same generated key.
        dataDir = Files.createTempDirectory("two-nodes");
        first = node("first");
        second = node("second");
    }

    @AfterAll
    void stop() throws Exception {
        for (ApplicationProcess node : nodes) {
            node.kill();
        }
        smtp.stop();
        FreshPostgresDatabase.drop(database);
    }

    private ApplicationProcess node(String name) throws Exception {
        int port = ApplicationProcess.freePort();
        List<String> settings = new ArrayList<>(ApplicationProcess.onPostgres(database, smtp.getSmtp().getPort(), port));
        settings.addAll(List.of("onboarding.data-dir=" + dataDir, "onboarding.activation.link-validity=PT20S",
                "camunda.bpm.job-execution.max-wait=2000"));
        ApplicationProcess node = ApplicationProcess.start("two-nodes-" + name, port, settings);
        nodes.add(node);
        return node;
    }

    @Test
    void twoNodesMailEachRegistrationOnceAndFireEachTimerOnce() throws Exception {
        Map<String, String> registered = new HashMap<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            String email = "node-" + i + "-" + ProcessHandle.current().pid() + "@exemple-nodes.fr";
            HttpResponse<String> answer = postJson(i % 2 == 0 ? first : second, "/api/accounts", ApplicationProcess.registration(email));
            assertThat(answer.statusCode()).isEqualTo(202);
            registered.put(email, answer.body().replaceAll(".*\"accountId\":\"([^\"]+)\".*", "$1"));
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && (expiredLinks(registered.values()) < REGISTRATIONS || !allMailed(registered.keySet()))) {
            Thread.sleep(500);
        }
        Thread.sleep(3000); // time for a duplicate, were there one

        for (String email : registered.keySet()) {
            assertThat(subjectsTo(email)).as(email).containsExactlyInAnyOrder(
                    "Chorus Pro : votre compte utilisateur a bien été créé", "Chorus Pro : activez votre compte utilisateur",
                    "Chorus Pro : votre lien d'activation expire bientôt");
        }
        assertThat(expiredLinks(registered.values())).as("each link's expiry timer fired once").isEqualTo(REGISTRATIONS);
    }

    @Test
    void aTaskDecidedOnOneNodeAndASessionOpenedOnOneNodeHoldOnTheOther() throws Exception {
        String email = "mairie-" + ProcessHandle.current().pid() + "@exemple-nodes.fr";
        Map<String, Object> registration = Journey.registration(email);
        registration.put("structure", Map.of("identifierType", "AUTRE", "identifier", "MAIRIE-NODES", "companyName",
                "Mairie des deux nœuds", "publicEntity", true,
                "address", Map.of("line", "4 rue de Siam", "postalCode", "29200", "city", "Brest", "countryCode", "FR")));
        assertThat(postJson(first, "/api/accounts", ApplicationProcess.json(registration)).statusCode()).isEqualTo(202);

        // Support approves the public structure through the second node; the first no longer offers the task.
        String task = awaitOneReviewTask(second);
        assertThat(engine(first, HttpRequest.newBuilder(URI.create(first.url("/engine-rest/task/" + task + "/complete")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"approved\":{\"value\":true}}}"))).statusCode())
                .isEqualTo(204);
        assertThat(engine(second, HttpRequest.newBuilder(URI.create(second.url("/engine-rest/task"))).GET()).body()).isEqualTo("[]");

        String token = awaitActivationLink(email);
        assertThat(postJson(second, "/api/activations/" + token,
                ApplicationProcess.json(Journey.activationForm(Journey.STRONG_PASSWORD))).statusCode()).isEqualTo(204);

        // The log-in page comes from the first node, the log-in goes to the second, "Mon compte" from either.
        HttpResponse<String> loginPage = page(first, "/login", null);
        String anonymous = "SESSION=" + ApplicationProcess.cookie(loginPage, "SESSION");
        String csrf = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create(second.url("/login")))
                .header("Cookie", anonymous).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("loginEmail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(Journey.STRONG_PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/account"));
        String session = "SESSION=" + ApplicationProcess.cookie(loggedIn, "SESSION");

        for (ApplicationProcess node : nodes) {
            HttpResponse<String> account = page(node, "/account", session);
            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(account.body()).contains("Mairie des deux nœuds");
        }
        assertThat(page(first, "/account", anonymous).statusCode()).as("the session before the log-in").isEqualTo(302);
    }

    private HttpResponse<String> postJson(ApplicationProcess node, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(ApplicationProcess node, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).header("Accept-Language", "fr");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call to the engine's REST API as its administrator (the password both nodes share in the data directory). */
    private HttpResponse<String> engine(ApplicationProcess node, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", ApplicationProcess.admin(dataDir)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String awaitOneReviewTask(ApplicationProcess node) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode tasks = JSON.readTree(engine(node, HttpRequest.newBuilder(URI.create(node.url("/engine-rest/task"))).GET()).body());
            if (tasks.size() == 1) {
                return tasks.get(0).get("id").asText();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no review task within 20 s");
    }

    private String awaitActivationLink(String email) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage mail : smtp.getReceivedMessagesForDomain(email)) {
                String token = Journey.linkTokenIn(mail, "activation");
                if (token != null) {
                    return token;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no activation link within 15 s");
    }

    private boolean allMailed(Iterable<String> emails) throws MessagingException {
        for (String email : emails) {
            if (subjectsTo(email).size() < 3) {
                return false;
            }
        }
        return true;
    }

    private List<String> subjectsTo(String email) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain(email)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    private long expiredLinks(Collection<String> accountIds) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM act_hi_actinst a"
                     + " JOIN act_hi_procinst p ON p.id_ = a.proc_inst_id_"
                     + " WHERE a.act_id_ = 'ActivationLinkExpired' AND p.business_key_ = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", accountIds.toArray()));
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
