package fr.onboarding.web;

import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * What a black-box probe sent: odd content types, NUL bytes, odd paths, races on one link. Each
 * gets a 4xx in {@code application/problem+json} (or the portal's error page for a browser),
 * never a 5xx, a class name or half-stored data.
 */
@JourneyTest
class HostileInputTest {

    private static final String NUL = "\u0000";

    @Autowired
    GreenMail greenMail;
    @Autowired
    Journey journey;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as bytes on the wire, for what an HTTP client library refuses to send. */
    private String raw(String requestLine) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return in.lines().collect(Collectors.joining("\n"));
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "org.", "java.", "at fr.");
    }

    private int accounts() {
        return jdbc.queryForObject("select count(*) from account", Integer.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/accounts", "/api/password-resets", "/api/support-tickets", "/api/activations/x",
            "/api/password-resets/x"})
    void aWildcardContentTypeIsA415(String path) throws Exception {
        assertProblem(send("POST", path, "*/*", "{}"), 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/mixed"})
    void aMultipartBodyWithoutBoundaryIsA415(String type) throws Exception {
        assertProblem(send("POST", "/api/accounts", type, "{}"), 415);
    }

    /** A message correlated through the REST API would tell whether a registration waits under that key. */
    @Test
    void theEngineMessageEndpointIsClosed() throws Exception {
        String someone = journey.newActiveAccount(greenMail, "fr");
        String basic = "Basic " + Base64.getEncoder().encodeToString((someone + ":" + Journey.STRONG_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        assertProblem(send("POST", "/engine-rest/message", "application/json",
                "{\"messageName\": \"AccountActivated\", \"businessKey\": \"x\"}", "Authorization", basic), 403);
    }

    @Test
    void theErrorPathAskedForDirectlyIsA404() throws Exception {
        assertProblem(send("GET", "/error", null, null, "Accept", "application/json"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest;/user", "//engine-rest/user", "/api/activations/..;/..;/engine-rest/user",
            "/api/activations/%2e%2e/x", "/activation/a%00b"})
    void anOddPathIsA400(String path) throws Exception {
        assertThat(raw("GET " + path + " HTTP/1.1")).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .doesNotContain("Exception", "Tomcat", "<html");
    }

    @Test
    void aPathTomcatCannotDecodeIsA400Problem() throws Exception {
        assertThat(raw("GET /api/%zz HTTP/1.1")).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .doesNotContain("Tomcat", "<html");
    }

    @Test
    void anUnknownPageIsA404ProblemOrThePortalsPageForABrowser() throws Exception {
        assertProblem(send("GET", "/activation/a/b/c", null, null, "Accept", "application/json"), 404);

        HttpResponse<String> page = send("GET", "/activation/a/b/c", null, null, "Accept", "text/html", "Accept-Language", "fr");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable", "Retour au portail").doesNotContain("Whitelabel");
    }

    @Test
    void aMethodAnEndpointDoesNotTakeIsA405Problem() throws Exception {
        assertProblem(send("DELETE", "/api/activations/x", null, null, "Accept", "application/json"), 405);
    }

    @Test
    void aNulByteInATextIsAFieldErrorAndStoresNothing() throws Exception {
        int before = accounts();
        String email = uniqueEmail();
        String body = """
                {"loginEmail": "%s", "loginEmailConfirmation": "%s", "firstName": "Gwenaël", "lastName": "Fumoux",
                 "termsAccepted": true, "language": "fr",
                 "structure": {"identifierType": "AUTRE", "identifier": "NUL-1", "companyName": "Atelier\\u0000",
                   "address": {"line": "1 rue", "postalCode": "44000", "city": "Nantes", "countryCode": "FR"}}}
                """.formatted(email, email);

        HttpResponse<String> refused = send("POST", "/api/accounts", "application/json", body);

        assertProblem(refused, 400);
        assertThat(refused.body()).contains("structure.companyName", "caractère de contrôle");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aNulByteInASupportMessageIsAFieldError() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/support-tickets", "application/json",
                "{\"loginEmail\": \"a@example.fr\", \"category\": \"OTHER\", \"message\": \"Bonjour\\u0000\", \"language\": \"fr\"}");

        assertProblem(refused, 400);
        assertThat(refused.body()).contains("\"field\":\"message\"");
    }

    @Test
    void aNumberIsNoEnumValue() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/support-tickets", "application/json",
                "{\"loginEmail\": \"a@example.fr\", \"category\": 1, \"message\": \"Bonjour\", \"language\": \"fr\"}");

        assertProblem(refused, 400);
        assertThat(refused.body()).contains("\"field\":\"category\"");
    }

    @Test
    void aNulByteInALogInNameIsPlainWrongCredentialsAtEveryDoor() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("a" + NUL + "b@example.fr:Whatever-2026!")
                .getBytes(StandardCharsets.UTF_8));

        assertProblem(send("GET", "/api/me", null, null, "Authorization", basic), 401);
        assertThat(send("GET", "/engine-rest/user", null, null, "Authorization", basic).statusCode()).isEqualTo(401);
        assertProblem(send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=a%00b&password=x"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ａ@ｅｘａｍｐｌｅ．ｆｒ", "a@b", "\"a b\"@example.fr", "a@[127.0.0.1]", "é@exemple.fr",
            "a..b@example.fr", "a@example.123"})
    void anAddressTheMailPathCannotDeliverIsAFieldError(String address) {
        Map<String, Object> body = Journey.registration(address);

        var refused = journey.post("/api/accounts", body);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("field=loginEmail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"marie.durand@example.fr", "m+factures@sous.domaine.example.fr", "o'brien@example.ie"})
    void anOrdinaryAddressIsAccepted(String address) {
        assertThat(journey.post("/api/accounts", Journey.registration(address)).getStatusCode().value()).isEqualTo(202);
    }

    @Test
    void oneLinkFollowedThreeTimesAtOnceActivatesOnceAndRefusesTheOthersAsUsed() throws Exception {
        String email = uniqueEmail();
        journey.register(email);
        journey.runDueJobs();
        String token = activationTokenFromMail(greenMail, email);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            attempts.add(() -> journey.post("/api/activations/" + token, activationForm(Journey.STRONG_PASSWORD))
                    .getStatusCode().value());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : pool.invokeAll(attempts)) {
            statuses.add(attempt.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(204, 410, 410);
    }
}
