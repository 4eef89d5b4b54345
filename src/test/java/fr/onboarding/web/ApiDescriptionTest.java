package fr.onboarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * The public API's OpenAPI description, served to anyone, lists every operation the API answers
 * (method and path) and no other: it cannot drift from the controllers.
 */
@JourneyTest
class ApiDescriptionTest {

    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDescriptionListsEveryOperationOfTheApi() {
        ResponseEntity<Map<String, Object>> description = journey.get("/v3/api-docs");
        assertThat(description.getStatusCode().value()).isEqualTo(200);
        Set<String> described = new TreeSet<>();
        ((Map<String, Map<String, Object>>) description.getBody().get("paths")).forEach((path, operations) ->
                operations.keySet().forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> mapping.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + path))));

        assertThat(described).isEqualTo(served).contains("POST /api/accounts", "POST /api/activations/{token}");
        assertThat((Map<String, Object>) description.getBody().get("info")).containsEntry("title", "Chorus Pro onboarding engine");
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) description.getBody().get("paths");
        assertThat(paths.get("/api/me").get("get")).containsKey("security");
        assertThat(paths.get("/api/ops/migrations").get("post")).containsKey("security");
        assertThat(paths.get("/api/accounts").get("post")).doesNotContainKey("security");
        assertThat(paths).allSatisfy((path, operations) -> assertThat(operations.values()).allSatisfy(operation ->
                assertThat((Map<String, Object>) operation.get("responses")).as(path).containsKey("4XX")
                        .hasKeySatisfying(new org.assertj.core.api.Condition<>(code -> code.startsWith("2"), "a success"))));
    }

    /** What the description says a call answers is what it answers. */
    @Test
    void theDocumentedSuccessIsTheOneAnswered() {
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>)
                journey.get("/v3/api-docs").getBody().get("paths");

        assertThat(((Map<String, Object>) paths.get("/api/accounts").get("post").get("responses")).keySet())
                .contains(String.valueOf(journey.post("/api/accounts", Journey.registration(Journey.uniqueEmail()))
                        .getStatusCode().value()));
        assertThat(((Map<String, Object>) paths.get("/api/password-resets").get("post").get("responses")).keySet())
                .contains(String.valueOf(journey.post("/api/password-resets", Map.of("loginEmail", Journey.uniqueEmail()))
                        .getStatusCode().value()));
    }

    @Test
    void itsPageIsServed() {
        ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("swagger-ui");
    }
}
