package fr.onboarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.onboarding.ApplicationProcess;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The public API fuzzed from its own OpenAPI description: every operation, with hostile path
 * values, query values, bodies (fields of the described schema with values of any type, broken
 * JSON, NUL bytes, huge strings) and content types. Whatever comes in, the answer is never a 5xx,
 * and an error is problem+json that shows nothing of the code. Black box: the application runs in
 * a JVM of its own (H2 in a file, no SMTP needed for the answers). The operators' endpoints are
 * called as an operator; an account's (/api/me) meet their log-in only. {@code PublicApiFuzzTest}
 * fuzzes the public endpoints field by field, inside the application, and checks nothing is stored.
 */
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static ApplicationProcess application;
    /** The Authorization header of an operator. */
    private static String operator;
    /** Method, path template and the property names of its request body. */
    private static final List<Operation> OPERATIONS = new ArrayList<>();

    record Operation(String method, String path, List<String> queryNames, List<String> bodyFields) {
    }

    @BeforeContainer
    static void startAndReadTheDescription() throws Exception {
        int port = ApplicationProcess.freePort();
        java.nio.file.Path data = Files.createTempDirectory("api-fuzz");
        application = ApplicationProcess.start("api-fuzz", port, List.of(
                "onboarding.data-dir=" + data,
                "onboarding.captcha.enabled=false", "onboarding.rate-limits.enabled=false",
                "spring.mail.port=" + ApplicationProcess.freePort()));
        // The operators' endpoints are fuzzed past their log-in: an operator, made by the generated admin.
        operator = application.newOperator(data, "fuzzoperator", "Fuzz-Operator-2026!");
        JsonNode description = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(application.url("/v3/api-docs"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode schemas = description.path("components").path("schemas");
        description.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            List<String> query = new ArrayList<>();
            operation.getValue().path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals("query")) {
                    query.add(parameter.get("name").asText());
                }
            });
            List<String> fields = new ArrayList<>();
            String schema = operation.getValue().path("requestBody").path("content").path("application/json")
                    .path("schema").path("$ref").asText();
            if (!schema.isEmpty()) {
                schemas.path(schema.substring(schema.lastIndexOf('/') + 1)).path("properties").fieldNames()
                        .forEachRemaining(fields::add);
            }
            OPERATIONS.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), query, fields));
        }));
        assertThat(OPERATIONS).hasSizeGreaterThan(20);
    }

    @AfterContainer
    static void stop() throws InterruptedException {
        application.kill();
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("", " ", "\u0000", "a\u0000b", "../../etc/passwd", "%00", "${7*7}", "<script>", "' OR 1=1 --",
                        "null", "-1", "0", "99999999999999999999", "1e309", "NaN", "é\u202Eｓ", "\uD800"),
                Arbitraries.strings().withChars('a', 'Z', '9').ofLength(5000));
    }

    @Provide
    Arbitrary<Object> anyValue() {
        return Arbitraries.lazyOf(
                () -> hostileText().map(text -> (Object) text),
                () -> Arbitraries.integers().map(number -> (Object) number),
                () -> Arbitraries.doubles().map(number -> (Object) number),
                () -> Arbitraries.of(true, false).map(flag -> (Object) flag),
                () -> Arbitraries.just((Object) null),
                () -> hostileText().list().ofMaxSize(3).map(list -> (Object) list),
                () -> Arbitraries.maps(hostileText(), hostileText()).ofMaxSize(3).map(map -> (Object) map));
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.of("application/json", "application/json", "text/plain", "application/x-www-form-urlencoded",
                "application/xml", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "");
    }

    @Provide
    Arbitrary<String> body() {
        Arbitrary<String> described = Arbitraries.of(OPERATIONS).flatMap(operation ->
                Arbitraries.maps(operation.bodyFields().isEmpty() ? hostileText() : Arbitraries.of(operation.bodyFields()),
                        anyValue()).ofMaxSize(8).map(ApiFuzzTest::json));
        return Arbitraries.oneOf(described, hostileText(),
                Arbitraries.of("{", "[]", "{\"a\":", "{\"loginEmail\":\"\u0000@x.fr\"}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                        "{\"language\":{\"$gt\":\"\"}}", "\uFEFF{}"));
    }

    private static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 400, seed = "20261130")
    void noInputMakesTheApiFailOrTalk(@ForAll("operation") Operation operation, @ForAll("hostileText") String pathValue,
                                       @ForAll("hostileText") String queryValue, @ForAll("body") String body,
                                       @ForAll("contentType") String contentType) throws Exception {
        String path = operation.path().replaceAll("\\{[^}]+}", URLEncoder.encode(pathValue, StandardCharsets.UTF_8));
        StringBuilder query = new StringBuilder();
        for (String name : operation.queryNames()) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(URLEncoder.encode(queryValue, StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(application.url(path + query)))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "fr")
                .method(operation.method(), operation.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (operation.path().startsWith("/api/ops")) {
            request.header("Authorization", operator);
        }

        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        String said = operation.method() + " " + path + query + " " + contentType + " " + body.substring(0, Math.min(200, body.length()))
                + " → " + answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length()));
        assertThat(answer.statusCode()).as(said).isLessThan(500);
        if (answer.statusCode() >= 400 && !answer.body().isEmpty()) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(said).startsWith("application/problem+json");
            assertThat(answer.body()).as(said).doesNotContain("Exception", "at fr.", "org.springframework", "org.camunda",
                    "java.", "SQL");
        }
    }

    @Provide
    Arbitrary<Operation> operation() {
        return Arbitraries.of(OPERATIONS);
    }
}
