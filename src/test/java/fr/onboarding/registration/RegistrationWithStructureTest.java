package fr.onboarding.registration;

import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.mailsTo;
import static fr.onboarding.Journey.registration;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * "Créer un compte en quelques clics" (2020 guide): the registration carries the structure to
 * create or the one to join, and the activation link waits for the approval it needs.
 */
@JourneyTest
class RegistrationWithStructureTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Journey journey;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    String email;

    @BeforeEach
    void init() {
        email = uniqueEmail();
    }


    private static Map<String, Object> structure(String identifier, boolean publicEntity) {
        return Map.of("identifierType", "AUTRE", "identifier", identifier, "companyName", "Ateliers " + identifier,
                "publicEntity", publicEntity,
                "address", Map.of("line", "4 rue de Siam", "postalCode", "29200", "city", "Brest", "countryCode", "FR"));
    }

    private String registerWith(String field, Object value) {
        Map<String, Object> body = registration(email);
        body.put(field, value);
        ResponseEntity<Map<String, Object>> accepted = journey.post("/api/accounts", body);
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        journey.runDueJobs();
        return (String) accepted.getBody().get("accountId");
    }

    private ProcessInstance registrationProcess(String accountId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("account-registration")
                .processInstanceBusinessKey(accountId).singleResult();
    }

    private Task reviewTaskCalledBy(ProcessInstance registration) {
        ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(registration.getId()).singleResult();
        return tasks.createTaskQuery().processInstanceId(called.getId()).singleResult();
    }

    /** The registration's own variables name nobody; the review it calls holds what its form shows. */
    private void assertPersonalDataOnlyInTheReview(ProcessInstance registration) {
        Map<String, Object> registrationVariables = runtime.getVariablesLocal(registration.getId());
        assertThat(registrationVariables).doesNotContainKeys("requesterName", "requesterLoginEmail", "requesterContactEmail")
                .allSatisfy((name, value) -> assertThat(String.valueOf(value)).doesNotContain(email, "Fumoux"));
        ProcessInstance review = runtime.createProcessInstanceQuery().superProcessInstanceId(registration.getId()).singleResult();
        assertThat(runtime.getVariables(review.getId())).containsEntry("requesterLoginEmail", email)
                .containsEntry("requesterName", "Gwenaël Fumoux");
    }

    private List<String> subjects() {
        return mailsTo(greenMail, email).stream().map(Journey::subject).toList();
    }

    private Map<String, Object> lookup(String identifier) {
        return journey.get("/api/structures/lookup?identifierType=AUTRE&identifier=" + identifier).getBody();
    }

    private void activate() {
        assertThat(journey.post("/api/activations/" + activationTokenFromMail(greenMail, email),
                activationForm(Journey.STRONG_PASSWORD)).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void aPrivateStructureBecomesRealWithItsCreatorAsPrimaryManagerOnActivation() {
        String identifier = "NEUF-" + System.nanoTime();
        registerWith("structure", structure(identifier, false));

        assertThat(subjects()).containsExactly("Chorus Pro : votre compte utilisateur a bien été créé",
                "Chorus Pro : activez votre compte utilisateur");
        assertThat(lookup(identifier)).containsEntry("existsInPortal", false);

        activate();

        assertThat(lookup(identifier)).containsEntry("existsInPortal", true);
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", email).getBody().get("structures"))
                .extracting(s -> s.get("role") + "/" + s.get("attachmentStatus")).containsExactly("PRIMARY_MANAGER/APPROVED");
    }

    @Test
    void aRegistrationWithAStructureBlocksNobodyAndTheFirstToMakeItRealKeepsIt() {
        String identifier = "NEUF-" + System.nanoTime();
        registerWith("structure", structure(identifier, false));
        String quicker = journey.newActiveAccount(greenMail, "fr");

        assertThat(journey.postAs("/api/me/structures", structure(identifier, false), quicker).getStatusCode().value())
                .isEqualTo(201);
        activate();

        assertThat((List<?>) journey.getAs("/api/me", email).getBody().get("structures")).isEmpty();
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", quicker).getBody().get("structures"))
                .extracting(s -> s.get("role")).containsExactly("PRIMARY_MANAGER");
    }

    @Test
    void aPublicStructureWaitsForSupportBeforeTheActivationLinkIsSent() {
        String accountId = registerWith("structure", structure("MAIRIE-" + System.nanoTime(), true));
        ProcessInstance registration = registrationProcess(accountId);

        assertThat(registration).isWaitingAt("ApprovePublicStructureAtRegistration");
        assertThat(subjects()).containsExactly("Chorus Pro : votre compte utilisateur a bien été créé");
        assertPersonalDataOnlyInTheReview(registration);

        tasks.complete(reviewTaskCalledBy(registration).getId(), Map.of("approved", true));
        journey.runDueJobs();

        assertThat(registration).isWaitingAt("WaitForActivation");
        assertThat(subjects()).contains("Chorus Pro : votre structure publique a été créée",
                "Chorus Pro : activez votre compte utilisateur");
        activate();
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", email).getBody().get("structures"))
                .extracting(s -> s.get("role") + "/" + s.get("attachmentStatus")).containsExactly("PRIMARY_MANAGER/APPROVED");
    }

    /** structure-creation-policy: SIRENE's legal category 7210 (commune) decides, whatever the tick. */
    @Test
    void aCommuneLeftUntickedStillWaitsForSupport() {
        String accountId = registerWith("structure", Map.of("identifierType", "SIRET", "identifier", "21450123100010",
                "publicEntity", false,
                "address", Map.of("line", "1 place de la Mairie", "postalCode", "45100", "city", "Saint-André",
                        "countryCode", "FR")));
        ProcessInstance registration = registrationProcess(accountId);

        assertThat(registration).isWaitingAt("ApprovePublicStructureAtRegistration");
        assertThat(runtime.getVariable(registration.getId(), "registrationKind")).isEqualTo("PUBLIC_STRUCTURE");
        assertThat(subjects()).containsExactly("Chorus Pro : votre compte utilisateur a bien été créé");
        assertThat(runtime.getVariable(reviewTaskCalledBy(registration).getProcessInstanceId(), "reviewReason"))
                .asString().contains("catégorie juridique 7210");
    }

    @Test
    void anApprovedPublicStructureGoesWithAnAccountNeverActivated() {
        String identifier = "MAIRIE-" + System.nanoTime();
        ProcessInstance registration = registrationProcess(registerWith("structure", structure(identifier, true)));
        tasks.complete(reviewTaskCalledBy(registration).getId(), Map.of("approved", true));
        journey.runDueJobs();
        assertThat(lookup(identifier)).containsEntry("existsInPortal", false);
        assertThat(storedStructuresWith(identifier)).isOne();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
        journey.runDueJobs();

        assertThat(registration).isEnded().hasPassed("AccountClosed");
        assertThat(storedStructuresWith(identifier)).isZero();
        String someoneElse = journey.newActiveAccount(greenMail, "fr");
        assertThat(journey.postAs("/api/me/structures", structure(identifier, false), someoneElse).getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void aRefusedPublicStructureEndsTheRegistrationAndFreesTheAddress() {
        String accountId = registerWith("structure", structure("MAIRIE-" + System.nanoTime(), true));
        ProcessInstance registration = registrationProcess(accountId);

        tasks.complete(reviewTaskCalledBy(registration).getId(), Map.of("approved", false, "refusalReason", "Gérée dans Helios."));
        journey.runDueJobs();

        assertThat(registration).isEnded().hasPassed("RegistrationRefusedBySupport");
        assertThat(subjects()).contains("Chorus Pro : création de votre structure publique refusée")
                .doesNotContain("Chorus Pro : activez votre compte utilisateur");
        greenMail.reset();
        journey.register(email);
        journey.runDueJobs();
        assertThat(subjects()).contains("Chorus Pro : votre compte utilisateur a bien été créé");
    }

    @Test
    void joiningAStructureWaitsForItsManagerThenSendsTheActivationLink() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        String accountId = registerWith("attachment", Map.of("identifierType", "AUTRE", "identifier", structure,
                "scope", "SERVICES", "serviceCodes", List.of("ACHATS")));
        ProcessInstance registration = registrationProcess(accountId);

        assertThat(registration).isWaitingAt("ReviewAttachmentAtRegistration");
        assertThat(subjects()).containsExactly("Chorus Pro : votre compte utilisateur a bien été créé");
        assertPersonalDataOnlyInTheReview(registration);
        assertThat(mailsTo(greenMail, manager)).extracting(Journey::subject)
                .contains("Chorus Pro : une demande de rattachement à Atelier " + structure + " attend votre décision");

        tasks.complete(reviewTaskCalledBy(registration).getId(), Map.of("approved", true));
        journey.runDueJobs();

        assertThat(subjects()).contains("Chorus Pro : votre demande de rattachement à Atelier " + structure + " est acceptée",
                "Chorus Pro : activez votre compte utilisateur");
        activate();
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", email).getBody().get("structures"))
                .extracting(s -> s.get("role") + "/" + s.get("attachmentStatus")).containsExactly("USER/APPROVED");
    }

    @Test
    void forgotPasswordSendsNoActivationLinkRoundTheManagersApproval() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        registerWith("attachment", Map.of("identifierType", "AUTRE", "identifier", structure, "scope", "WHOLE_STRUCTURE"));

        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();

        assertThat(subjects()).containsExactly("Chorus Pro : votre compte utilisateur a bien été créé");
    }

    @Test
    void aRefusedAttachmentIsMailedAndEndsTheRegistration() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        String accountId = registerWith("attachment", Map.of("identifierType", "AUTRE", "identifier", structure,
                "scope", "WHOLE_STRUCTURE"));
        ProcessInstance registration = registrationProcess(accountId);

        tasks.complete(reviewTaskCalledBy(registration).getId(), Map.of("approved", false, "refusalReason", "Inconnu."));
        journey.runDueJobs();

        assertThat(registration).isEnded().hasPassed("RegistrationRefusedByManager");
        assertThat(subjects()).contains("Chorus Pro : votre demande de rattachement à Atelier " + structure + " est refusée")
                .doesNotContain("Chorus Pro : activez votre compte utilisateur");
    }

    @Test
    void anUnactivatedAccountTakesItsStructureWithItWhenClosed() {
        String identifier = "NEUF-" + System.nanoTime();
        registerWith("structure", structure(identifier, false));
        assertThat(storedStructuresWith(identifier)).isOne();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
        journey.runDueJobs();

        assertThat(storedStructuresWith(identifier)).as("the dropped structure and its membership are gone").isZero();

        String someoneElse = journey.newActiveAccount(greenMail, "fr");
        assertThat(journey.postAs("/api/me/structures", structure(identifier, false), someoneElse).getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void aStructureThePortalRefusesIsA400WhetherOrNotTheAddressIsTaken() {
        String taken = journey.newActiveAccount(greenMail, "fr");
        Map<String, Object> bad = Map.of("identifierType", "SIRET", "identifier", "12345678901234", "companyName", "X");
        Map<String, Object> withTakenAddress = registration(taken);
        withTakenAddress.put("structure", bad);
        Map<String, Object> withFreeAddress = registration(email);
        withFreeAddress.put("structure", bad);

        ResponseEntity<Map<String, Object>> first = journey.post("/api/accounts", withTakenAddress);
        ResponseEntity<Map<String, Object>> second = journey.post("/api/accounts", withFreeAddress);

        assertThat(first.getStatusCode().value()).isEqualTo(400);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(journey.getAs("/api/me", email).getStatusCode().value()).isEqualTo(401);
    }

    /** Structures stored with this identifier, whatever their state, and the memberships that point at them. */
    private int storedStructuresWith(String identifier) {
        return jdbc.queryForObject("select count(*) from structure s left join membership m on m.structure_id = s.id"
                + " where s.identifier = ?", Integer.class, identifier);
    }
}
