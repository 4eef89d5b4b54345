package fr.onboarding.monitoring;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Diagrams;
import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** Operators' health check and metrics: theirs alone, and telling what happens in the journey. */
@JourneyTest
class MonitoringTest {

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    TestRestTemplate operator;

    @BeforeEach
    void operator() {
        operator = journey.asNewEngineUser("operators");
    }

    private double funnel(String step) {
        return metric("onboarding_funnel_total", "step=\"" + step + "\"");
    }

    /** The value of a metric with that label, as Prometheus reads it. */
    private double metric(String name, String label) {
        String metrics = operator.getForObject("/actuator/prometheus", String.class);
        Matcher value = Pattern.compile("^" + name + "\\{" + Pattern.quote(label) + "} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        assertThat(value.find()).as(name + " " + label).isTrue();
        return Double.parseDouble(value.group(1));
    }

    @Test
    void aManagersDecisionIsTimedFromItsTaskToItsDecision() {
        double decided = metric("onboarding_review_lead_time_seconds_count", "review=\"attachment\"");
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        String requester = journey.newActiveAccount(greenMail, "fr");
        journey.postAs("/api/me/attachment-requests", Map.of("identifierType", "AUTRE", "identifier", structure,
                "scope", "WHOLE_STRUCTURE"), requester);
        journey.runDueJobs();

        tasks.complete(tasks.createTaskQuery().taskDefinitionKey("ReviewAttachmentRequest").orderByTaskCreateTime().desc()
                .list().get(0).getId(), Map.of("approved", true));

        assertThat(metric("onboarding_review_lead_time_seconds_count", "review=\"attachment\"")).isEqualTo(decided + 1);
    }

    @Test
    void healthAndMetricsAreForOperatorsOnly() {
        assertThat(journey.get("/actuator/health").getStatusCode().value()).isEqualTo(401);
        assertThat(journey.get("/actuator/prometheus").getStatusCode().value()).isEqualTo(401);
        assertThat(journey.asNewEngineUser("support").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void healthTellsTheDatabaseSmtpAndRegistry() {
        journey.get("/api/structures/lookup?identifierType=SIRET&identifier=81234567600017");

        ResponseEntity<Map> health = operator.getForEntity("/actuator/health", Map.class);

        assertThat(health.getStatusCode().value()).isEqualTo(200);
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody().get("components");
        assertThat(components).containsKeys("db", "mail", "registry", "processEngine");
        assertThat(components.get("registry")).containsEntry("status", "UP");
        assertThat((Map<String, Object>) components.get("registry").get("details")).containsEntry("source", "sample directory");
    }

    @Test
    void theFunnelCountsEachRegistrationAndActivationOnce() {
        double registered = funnel("registered");
        double activated = funnel("activated");
        String email = uniqueEmail();

        journey.register(email);
        journey.runDueJobs();
        journey.post("/api/activations/" + activationTokenFromMail(greenMail, email), activationForm(STRONG_PASSWORD));

        assertThat(funnel("registered")).isEqualTo(registered + 1);
        assertThat(funnel("activated")).isEqualTo(activated + 1);
        String metrics = operator.getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("onboarding_incidents_open ", "onboarding_jobs_due ");
    }

    /** The dashboard of docs/grafana reads only metrics and steps the application publishes. */
    @Test
    void theGrafanaDashboardReadsPublishedMetrics() throws IOException {
        String dashboard = Files.readString(Path.of("docs", "grafana", "onboarding-dashboard.json"));
        String metrics = operator.getForObject("/actuator/prometheus", String.class);

        Matcher names = Pattern.compile("onboarding_[a-z_]+").matcher(dashboard);
        int read = 0;
        for (; names.find(); read++) {
            assertThat(metrics).contains(names.group() + (names.group().endsWith("_total") ? "{" : ""));
        }
        Matcher steps = Pattern.compile("step=\\\\?\"([a-z_]+)\\\\?\"").matcher(dashboard);
        while (steps.find()) {
            assertThat(OnboardingFunnel.STEPS).containsValue(steps.group(1));
        }
        assertThat(read).isGreaterThan(5);
    }

    /** A renamed element in Modeler would silently stop its step of the funnel. */
    @Test
    void everyStepAndReviewOfTheFunnelIsAnElementOfItsProcess() throws IOException {
        Map<String, BpmnModelInstance> processes = Diagrams.all().stream().collect(java.util.stream.Collectors.toMap(
                model -> model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId(),
                model -> model));

        java.util.List<String> elements = Stream.concat(OnboardingFunnel.STEPS.keySet().stream(),
                OnboardingFunnel.REVIEWS.keySet().stream()).toList();
        assertThat(elements).allSatisfy(key -> {
                    String[] processAndElement = key.split("/");
                    assertThat(processes).containsKey(processAndElement[0]);
                    Object element = processes.get(processAndElement[0]).getModelElementById(processAndElement[1]);
                    assertThat(element).as(key).isNotNull();
                });
    }
}
