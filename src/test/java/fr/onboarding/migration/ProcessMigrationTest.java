package fr.onboarding.migration;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * An analyst's change reaches registrations already waiting: the changed model is deployed as a
 * start deploys it (only what changed gets a version), operators plan and run the migration, and
 * the registration ends on the new version with its timers and its mailed link as they were.
 */
@JourneyTest
class ProcessMigrationTest {

    private static final String REGISTRATION = "account-registration";
    private static final Path REGISTRATION_MODEL = Path.of("bpmn", "account-registration.bpmn");

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    SpringProcessEngineConfiguration engineConfiguration;

    TestRestTemplate operator;

    @BeforeEach
    void operator() {
        operator = journey.asNewEngineUser("operators");
    }

    /** A registration waiting for its activation, and the token of the link it was mailed. */
    private record Waiting(ProcessInstance instance, String token) {
    }

    private Waiting registrationWaitingForActivation() {
        String email = uniqueEmail();
        String accountId = journey.register(email);
        journey.runDueJobs();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId).singleResult();
        assertThat(instance).isWaitingAt("WaitForActivation");
        return new Waiting(instance, activationTokenFromMail(greenMail, email));
    }

    /**
     * Deploys bpmn/, bpmn/*.dmn and forms/ as the application does at start, under the same
     * resource names, with the registration's model changed by {@code change}.
     */
    private void deployAsAtStart(UnaryOperator<String> change) throws IOException {
        Set<String> names = repository.createDeploymentQuery().deploymentName(engineConfiguration.getDeploymentName()).list()
                .stream().flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        DeploymentBuilder deployment = repository.createDeployment().name(engineConfiguration.getDeploymentName())
                .enableDuplicateFiltering(engineConfiguration.isDeployChangedOnly());
        for (String name : names) {
            String file = Path.of(name.replace('\\', '/')).getFileName().toString();
            Path source = Files.exists(Path.of("bpmn", file)) ? Path.of("bpmn", file) : Path.of("forms", file);
            String content = Files.readString(source);
            if (source.equals(REGISTRATION_MODEL)) {
                content = change.apply(content);
            }
            deployment.addInputStream(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        }
        deployment.deploy();
    }

    private Map<String, Integer> latestVersions() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion));
    }

    private int latestRegistrationVersion() {
        return latestVersions().get(REGISTRATION);
    }

    private Map<String, Date> timersOf(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .collect(Collectors.toMap(job -> management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId(), Job::getDuedate));
    }

    private ResponseEntity<Map> plan(String query) {
        return operator.getForEntity("/api/ops/migrations?" + query, Map.class);
    }

    private ResponseEntity<Map> migrate(Map<String, Object> request) {
        return operator.postForEntity("/api/ops/migrations", request, Map.class);
    }

    /** Runs the migration batch's jobs (seed, migration, then monitor) until the batch is over, as the job executor would. */
    private void runBatch(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        List<String> definitions = List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId());
        for (int run = 0; run < 50; run++) {
            if (management.createBatchQuery().batchId(batchId).count() == 0) {
                return;
            }
            for (String definition : definitions) {
                management.createJobQuery().jobDefinitionId(definition).list().forEach(job -> management.executeJob(job.getId()));
            }
        }
        throw new AssertionError("the migration batch does not end");
    }

    private static Map<String, Object> source(Map<String, Object> plan, int version) {
        return ((List<Map<String, Object>>) plan.get("sources")).stream()
                .filter(source -> source.get("version").equals(version)).findFirst().orElseThrow();
    }

    @Test
    void aWaitingRegistrationMovesToTheChangedModelKeepsItsTimersAndLinkAndEndsThere() throws IOException {
        Waiting waiting = registrationWaitingForActivation();
        int before = latestRegistrationVersion();
        Map<String, Integer> othersBefore = latestVersions();
        Map<String, Date> timers = timersOf(waiting.instance());
        assertThat(timers).containsOnlyKeys("ActivationLinkExpired", "ActivationLinkExpiresSoon", "ActivationDelayExpired");

        deployAsAtStart(model -> model.replace("name=\"Attendre l'activation du compte\"",
                "name=\"Attendre que l'utilisateur active son compte\""));

        Map<String, Integer> othersAfter = latestVersions();
        assertThat(othersAfter.get(REGISTRATION)).as("only the changed model gets a version").isEqualTo(before + 1);
        othersBefore.remove(REGISTRATION);
        assertThat(othersAfter).containsAllEntriesOf(othersBefore);

        Map<String, Object> plan = plan("process=" + REGISTRATION).getBody();
        assertThat(plan).containsEntry("targetVersion", before + 1);
        Map<String, Object> waitingVersion = source(plan, before);
        assertThat(waitingVersion).containsEntry("movable", true);
        assertThat((List<Map<String, Object>>) waitingVersion.get("waitingAt"))
                .filteredOn(w -> w.get("activityId").equals("WaitForActivation"))
                .singleElement().satisfies(w -> assertThat(w).containsEntry("moves", true));

        // Two operators at once: one migration runs, the other is told.
        List<ResponseEntity<Map>> answers = Stream.of(1, 2).parallel()
                .map(operatorClick -> migrate(Map.of("process", REGISTRATION, "fromVersion", before))).toList();
        assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsExactlyInAnyOrder(202, 409);
        ResponseEntity<Map> started = answers.stream().filter(answer -> answer.getStatusCode().value() == 202).findFirst().orElseThrow();
        runBatch((String) started.getBody().get("batchId"));

        ProcessInstance moved = runtime.createProcessInstanceQuery().processInstanceId(waiting.instance().getId()).singleResult();
        assertThat(repository.getProcessDefinition(moved.getProcessDefinitionId()).getVersion()).isEqualTo(before + 1);
        assertThat(timersOf(moved)).as("due dates kept").isEqualTo(timers);
        assertThat(journey.post("/api/activations/" + waiting.token(), activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(204);
        assertThat(moved).isEnded().hasPassed("ActivationCompleted", "AccountActivated");
    }

    /**
     * A waiting registration, then a version where the analyst renamed {@code element} (and the
     * real model deployed again after it, as the latest): the plan to that version shows the element
     * not moving, and the migration is refused, leaving the registration where it was.
     */
    private ResponseEntity<Map> refusedMoveToAVersionRenaming(String element) throws IOException {
        Waiting waiting = registrationWaitingForActivation();
        int current = latestRegistrationVersion();
        deployAsAtStart(model -> model.replace("\"" + element + "\"", "\"Renamed" + element + "\"")
                .replace(element + "_di", "Renamed" + element + "_di"));
        int renamed = current + 1;
        deployAsAtStart(UnaryOperator.identity());

        Map<String, Object> waitingVersion = source(plan("process=" + REGISTRATION + "&toVersion=" + renamed).getBody(), current);
        assertThat(waitingVersion).containsEntry("movable", false);
        assertThat((List<Map<String, Object>>) waitingVersion.get("waitingAt"))
                .filteredOn(w -> w.get("activityId").equals(element))
                .singleElement().satisfies(w -> assertThat(w).containsEntry("moves", false));

        ResponseEntity<Map> refused = migrate(Map.of("process", REGISTRATION, "fromVersion", current, "toVersion", renamed));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.instance().getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(waiting.instance().getProcessDefinitionId());
        return refused;
    }

    /** The wait's id renamed: nothing in the new version can take over a wait in the old one. */
    @Test
    void aPlanThatWouldStrandAWaitingRegistrationIsShownAndRefused() throws IOException {
        ResponseEntity<Map> refused = refusedMoveToAVersionRenaming("WaitForActivation");

        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.getBody().get("title")).asString().startsWith("Migration refus");
    }

    /** A renamed timer would start afresh on the new version: 30 more days for an unactivated account. */
    @Test
    void aPlanThatWouldRestartATimerIsRefused() throws IOException {
        refusedMoveToAVersionRenaming("ActivationDelayExpired");
    }

    @Test
    void badRequestsAreToldWhatIsWrong() {
        assertThat(plan("process=no-such-process").getStatusCode().value()).isEqualTo(404);
        assertThat(plan("process=" + REGISTRATION + "&toVersion=0").getStatusCode().value()).isEqualTo(400);
        assertThat(plan("process=" + REGISTRATION + "&toVersion=abc").getStatusCode().value()).isEqualTo(400);
        assertThat(migrate(Map.of("process", REGISTRATION)).getStatusCode().value()).isEqualTo(400);
        int latest = latestRegistrationVersion();
        assertThat(migrate(Map.of("process", REGISTRATION, "fromVersion", latest)).getStatusCode().value()).isEqualTo(422);
        assertThat(journey.post("/api/ops/migrations", Map.of("process", REGISTRATION, "fromVersion", 1))
                .getStatusCode().value()).isEqualTo(401);
    }
}
