package fr.onboarding.structure;

import static fr.onboarding.Journey.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** public-structure-approval: support decides in Tasklist, with the form from forms/. */
@JourneyTest
class PublicStructureApprovalProcessTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;

    String requester;
    String identifier;
    ProcessInstance pi;

    @BeforeEach
    void aPublicStructureIsRequested() {
        requester = journey.newActiveAccount(greenMail, "fr");
        greenMail.reset();
        identifier = "MAIRIE-" + System.nanoTime();
        Map<String, Object> created = journey.postAs("/api/me/structures", Map.of(
                "identifierType", "AUTRE", "identifier", identifier, "companyName", "Syndicat des eaux " + identifier,
                "publicEntity", true,
                "address", Map.of("line", "Place de la Mairie", "postalCode", "29000", "city", "Quimper", "countryCode", "FR")),
                requester).getBody();
        pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) created.get("id")).singleResult();
    }

    private Task review() {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    @Test
    void theReviewTaskGoesToSupportWithTheFormFromTheFormsFolder() throws Exception {
        assertThat(pi).isWaitingAt("ReviewPublicStructure");
        Task task = review();
        assertThat(task).hasCandidateGroup("support");

        assertThat(forms.getTaskFormData(task.getId()).getCamundaFormRef().getKey()).isEqualTo("public-structure-review");
        try (InputStream deployed = forms.getDeployedTaskForm(task.getId())) {
            JsonNode form = new ObjectMapper().readTree(deployed);
            assertThat(form.get("id").asText()).isEqualTo("public-structure-review");
            assertThat(form.findValuesAsText("key")).contains("approved", "refusalReason", "structureName");
        }
        assertThat(forms.getTaskFormVariables(task.getId()).getValue("structureName", String.class))
                .isEqualTo("Syndicat des eaux " + identifier);
    }

    @Test
    void supportSeesWhyItReviewsTheStructure() {
        Task task = review();

        assertThat(forms.getTaskFormVariables(task.getId()).getValue("reviewReason", String.class))
                .isEqualTo("Le créateur a déclaré la structure publique.");
    }

    /** structure-creation-policy: SIRENE's legal category 7389 (établissement public administratif). */
    @Test
    void aPublicLawBodyLeftUntickedStillWaitsForSupportWithTheRegistrysReason() {
        Map<String, Object> created = journey.postAs("/api/me/structures", Map.of(
                "identifierType", "SIRET", "identifier", "13002641200010", "publicEntity", false,
                "address", Map.of("line", "20 avenue de Ségur", "postalCode", "75007", "city", "Paris", "countryCode", "FR")),
                requester).getBody();

        assertThat(created).containsEntry("structureStatus", "PENDING_APPROVAL");
        ProcessInstance agency = runtime.createProcessInstanceQuery().processDefinitionKey("public-structure-approval")
                .processInstanceBusinessKey((String) created.get("id")).singleResult();
        Task agencyReview = tasks.createTaskQuery().processInstanceId(agency.getId()).singleResult();
        assertThat(forms.getTaskFormVariables(agencyReview.getId()).getValue("reviewReason", String.class))
                .isEqualTo("Personne morale de droit public au répertoire SIRENE (catégorie juridique 7389).");

        // Refused, so that the sample SIRET is free again for the next run on the same database.
        tasks.complete(agencyReview.getId(), Map.of("approved", false, "refusalReason", "Essai."));
        journey.runDueJobs();
        assertThat(agency).isEnded();
    }

    @Test
    void approvalCreatesTheStructureWithItsRequesterAsPrimaryManagerAndMailsThem() {
        tasks.complete(review().getId(), Map.of("approved", true));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("CreatePublicStructure", "PublicStructureCreated");
        assertThat((List<Map<String, Object>>) journey.getAs("/api/me", requester).getBody().get("structures"))
                .extracting(s -> s.get("role") + "/" + s.get("attachmentStatus")).containsExactly("PRIMARY_MANAGER/APPROVED");
        assertThat(journey.get("/api/structures/lookup?identifierType=AUTRE&identifier=" + identifier).getBody())
                .containsEntry("existsInPortal", true);
        assertThat(mailsTo(greenMail, requester)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : votre structure publique a été créée");
    }

    @Test
    void aRefusalNeedsAReason() {
        assertThatThrownBy(() -> tasks.complete(review().getId(), Map.of("approved", false)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class);
        assertThat(pi).isWaitingAt("ReviewPublicStructure");
    }

    @Test
    void aRefusalIsMailedWithItsReasonAndFreesTheIdentifier() {
        tasks.complete(review().getId(), Map.of("approved", "false", "refusalReason", "Structure gérée dans Helios."));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("DiscardPublicStructure", "PublicStructureNotCreated");
        assertThat((List<?>) journey.getAs("/api/me", requester).getBody().get("structures")).isEmpty();
        assertThat(mailsTo(greenMail, requester)).singleElement().satisfies(mail -> {
            assertThat(Journey.subject(mail)).isEqualTo("Chorus Pro : création de votre structure publique refusée");
            assertThat(Journey.body(mail)).contains("Structure gérée dans Helios.");
        });
    }

    @Test
    void theReviewIsDueInSevenDaysAndARequestUndecidedForThirtyDaysLapsesAndIsMailed() {
        Duration untilDue = Duration.between(ClockUtil.getCurrentTime().toInstant(), review().getDueDate().toInstant());
        assertThat(untilDue).isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30).plusMinutes(1))));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("PublicStructureReviewExpired", "DiscardExpiredPublicStructure",
                "SendPublicStructureExpiredMail", "PublicStructureRequestExpired");
        assertThat((List<?>) journey.getAs("/api/me", requester).getBody().get("structures")).isEmpty();
        assertThat(mailsTo(greenMail, requester)).singleElement().satisfies(mail -> {
            assertThat(Journey.subject(mail)).isEqualTo("Chorus Pro : votre demande de structure publique a expiré");
            assertThat(Journey.body(mail)).contains("Syndicat des eaux " + identifier, "depuis « Mon compte »");
        });
    }
}
