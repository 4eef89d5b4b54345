package fr.onboarding.account;

import static fr.onboarding.Journey.registration;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** POST /api/accounts: every field's validation, answered as problem+json with field errors, storing nothing. */
@JourneyTest
class RegistrationApiTest {

    @Autowired
    Journey journey;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestRestTemplate http;

    static List<Arguments> invalidFields() {
        return List.of(
                Arguments.of("loginEmail", null),
                Arguments.of("loginEmail", "not-an-email"),
                Arguments.of("loginEmail", "a".repeat(250) + "@x.fr"),
                Arguments.of("loginEmailConfirmation", null),
                Arguments.of("loginEmailConfirmation", "someone-else@example.fr"),
                Arguments.of("firstName", null),
                Arguments.of("firstName", "  "),
                Arguments.of("firstName", "<script>"),
                Arguments.of("firstName", "J".repeat(101)),
                Arguments.of("lastName", null),
                Arguments.of("lastName", "1234"),
                Arguments.of("phone", "call me"),
                Arguments.of("phone", "12"),
                Arguments.of("contactEmail", "contact@"),
                Arguments.of("termsAccepted", false),
                Arguments.of("termsAccepted", null),
                Arguments.of("language", "de"),
                Arguments.of("language", null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsA400ProblemNamingTheFieldAndStoresNothing(String field, Object value) {
        Map<String, Object> body = registration(uniqueEmail());
        body.put(field, value);
        long processesBefore = runtime.createProcessInstanceQuery().count();

        ResponseEntity<Map<String, Object>> response = journey.post("/api/accounts", body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", 400).containsEntry("title", "Demande invalide");
        assertThat(fieldsInError(response)).contains(field);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    @Test
    void fieldErrorsAreInEnglishForAnEnglishCaller() {
        Map<String, Object> body = registration(uniqueEmail());
        body.put("termsAccepted", false);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

        ResponseEntity<Map> response = http.postForEntity("/api/accounts", new HttpEntity<>(body, headers), Map.class);

        assertThat(response.getBody()).containsEntry("title", "Invalid request");
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .contains(Map.of("field", "termsAccepted", "message", "You must accept the conditions."));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        ResponseEntity<Map<String, Object>> response = journey.post("/api/accounts", Map.of("surveyConsent", false));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldsInError(response)).contains("loginEmail", "loginEmailConfirmation", "firstName", "lastName",
                "termsAccepted", "language");
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        Map<String, Object> body = registration(uniqueEmail());
        body.put("termsAccepted", List.of("yes"));

        ResponseEntity<Map<String, Object>> response = journey.post("/api/accounts", body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsInError(response)).containsExactly("termsAccepted");
    }

    @Test
    void malformedJsonIsA400Problem() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map> response = http.postForEntity("/api/accounts", new HttpEntity<>("{\"loginEmail\": ", headers), Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fieldsInError(ResponseEntity<Map<String, Object>> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }
}
