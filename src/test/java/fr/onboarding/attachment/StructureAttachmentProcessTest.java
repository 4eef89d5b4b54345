package fr.onboarding.attachment;

import static fr.onboarding.Journey.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;
import fr.onboarding.TestMailServer;

/** structure-attachment, path by path: the managers decide, are reminded, or the request expires. */
@JourneyTest
class StructureAttachmentProcessTest {

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

    String manager;
    String requester;
    String structure;

    @BeforeEach
    void aStructureWithItsManagerAndSomeoneWhoWantsToJoin() {
        manager = journey.newActiveAccount(greenMail, "en");
        structure = journey.newStructure(manager);
        requester = journey.newActiveAccount(greenMail, "fr");
        greenMail.reset();
    }


    private ResponseEntity<Map<String, Object>> ask(String scope, List<String> services) {
        return journey.postAs("/api/me/attachment-requests", Map.of("identifierType", "AUTRE", "identifier", structure,
                "scope", scope, "serviceCodes", services), requester);
    }

    private ProcessInstance askForTheWholeStructure() {
        ResponseEntity<Map<String, Object>> accepted = ask("WHOLE_STRUCTURE", List.of());
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getBody()).containsEntry("status", "PENDING");
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) accepted.getBody().get("requestId"))
                .singleResult();
    }

    private Task review(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private List<Map<String, Object>> structuresOfRequester() {
        return (List<Map<String, Object>>) journey.getAs("/api/me", requester).getBody().get("structures");
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    @Test
    void theManagersAreMailedInTheirLanguageAndGetAReviewTaskWithTheRequestersDetails() {
        ProcessInstance pi = askForTheWholeStructure();
        journey.runDueJobs();

        assertThat(pi).isWaitingAt("ReviewAttachmentRequest");
        assertThat(mailsTo(greenMail, manager)).singleElement().satisfies(mail -> {
            assertThat(Journey.subject(mail)).startsWith("Chorus Pro: a request to join Atelier " + structure);
            assertThat(Journey.body(mail)).contains(requester, "/camunda/app/tasklist/");
        });
        Task task = review(pi);
        assertThat(task).hasCandidateGroup("structure-managers-" + runtime.getVariable(pi.getId(), "structureId"));
        assertThat(forms.getTaskFormData(task.getId()).getCamundaFormRef().getKey()).isEqualTo("attachment-review");
        assertThat((Map<String, Object>) forms.getTaskFormVariables(task.getId())).containsEntry("requesterName", "Gwenaël Fumoux")
                .containsEntry("requesterLoginEmail", requester).containsEntry("requesterContactEmail", requester)
                .containsEntry("attachmentScopeLabel", "La structure (y compris l'ensemble de ses services)")
                .containsKey("requestedAt");
    }

    /** A double click, or a script, sending the same request ten times at once: one request, one mail per manager. */
    @Test
    void requestsSentAtOnceMakeOneRequest() throws Exception {
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(clients.submit(() -> ask("WHOLE_STRUCTURE", List.of()).getStatusCode().value()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(202).containsOnly(202, 409);
        } finally {
            clients.shutdown();
        }
        assertThat(structuresOfRequester()).hasSize(1);
    }

    @Test
    void anApprovalAttachesTheRequesterAndMailsThem() {
        ProcessInstance pi = askForTheWholeStructure();
        journey.runDueJobs();

        tasks.complete(review(pi).getId(), Map.of("approved", true));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("ApproveAttachment", "AttachmentAccepted");
        assertThat(structuresOfRequester()).extracting(s -> s.get("role") + "/" + s.get("attachmentStatus"))
                .containsExactly("USER/APPROVED");
        assertThat(mailsTo(greenMail, requester)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : votre demande de rattachement à Atelier " + structure + " est acceptée");
        // The mail leads to "Mon compte", where the structure now shows, not to the bare root.
        assertThat(Journey.body(mailsTo(greenMail, requester).get(0))).containsPattern("href=\"[^\"]*/account\"");
    }

    @Test
    void aRefusalIsMailedWithItsReason() {
        ProcessInstance pi = askForTheWholeStructure();
        journey.runDueJobs();

        tasks.complete(review(pi).getId(), Map.of("approved", false, "refusalReason", "Inconnu du service comptable."));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("RefuseAttachment", "AttachmentRefused");
        assertThat(structuresOfRequester()).extracting(s -> s.get("attachmentStatus")).containsExactly("REFUSED");
        assertThat(mailsTo(greenMail, requester)).singleElement()
                .satisfies(mail -> assertThat(Journey.body(mail)).contains("Inconnu du service comptable."));
    }

    @Test
    void theManagersAreRemindedAfterTheReminderDelayAndTheTaskStays() {
        ProcessInstance pi = askForTheWholeStructure();
        journey.runDueJobs();
        greenMail.reset();
        // Tasklist shows the task late from the reminder on.
        org.assertj.core.api.Assertions.assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(),
                review(pi).getDueDate().toInstant())).isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));

        moveClock(Duration.ofDays(7).plusMinutes(1));
        journey.runDueJobs();

        assertThat(pi).isWaitingAt("ReviewAttachmentRequest").hasPassed("SendAttachmentReminderMail");
        assertThat(mailsTo(greenMail, manager)).extracting(Journey::subject)
                .containsExactly("Reminder: a request to join Atelier " + structure + " still awaits your decision");
    }

    @Test
    void anUndecidedRequestExpiresAndTheRequesterIsTold() {
        ProcessInstance pi = askForTheWholeStructure();
        journey.runDueJobs();

        moveClock(Duration.ofDays(7).plusMinutes(1));
        journey.runDueJobs();
        moveClock(Duration.ofDays(23));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("ExpireAttachmentRequest", "AttachmentExpired");
        assertThat(structuresOfRequester()).extracting(s -> s.get("attachmentStatus")).containsExactly("EXPIRED");
        assertThat(mailsTo(greenMail, requester)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : votre demande de rattachement à Atelier " + structure + " a expiré");
    }

    @Test
    void onlySomeServicesCanBeAskedFor() {
        ResponseEntity<Map<String, Object>> accepted = ask("SERVICES", List.of("COMPTA"));
        ProcessInstance pi = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) accepted.getBody().get("requestId")).singleResult();

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(runtime.getVariable(pi.getId(), "attachmentServices")).isEqualTo("COMPTA – Comptabilité");
    }

    @Test
    void servicesMustBeTheStructuresOwn() {
        assertThat(ask("SERVICES", List.of()).getStatusCode().value()).isEqualTo(400);
        assertThat(ask("SERVICES", List.of("NOPE")).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void nobodyAsksTwiceWhileARequestIsPending() {
        askForTheWholeStructure();

        assertThat(ask("WHOLE_STRUCTURE", List.of()).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void anUnknownStructureIs404() {
        ResponseEntity<Map<String, Object>> unknown = journey.postAs("/api/me/attachment-requests",
                Map.of("identifierType", "AUTRE", "identifier", "NOBODY-" + System.nanoTime(), "scope", "WHOLE_STRUCTURE"),
                requester);

        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    /**
     * A structure whose manager's login e-mail is at this domain, and a requester at that domain
     * asking for all of it; answers the request's status, then lets its mails go.
     */
    private String aWholeStructureRequestWithinTheDomain(String domain) {
        manager = journey.newActiveAccount(greenMail, "fr", Journey.uniqueEmailAt(domain));
        structure = journey.newStructure(manager);
        requester = journey.newActiveAccount(greenMail, "fr", Journey.uniqueEmailAt(domain));
        greenMail.reset();
        ResponseEntity<Map<String, Object>> accepted = ask("WHOLE_STRUCTURE", List.of());
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        journey.runDueJobs();
        requestId = (String) accepted.getBody().get("requestId");
        return (String) accepted.getBody().get("status");
    }

    private String requestId;

    private HistoricProcessInstance theRequestsProcess() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(requestId).singleResult();
    }

    @Test
    void aWholeStructureRequestFromTheStructuresVerifiedDomainIsAcceptedAtOnceWithItsReason() {
        String status = aWholeStructureRequestWithinTheDomain("mairie-" + UUID.randomUUID().toString().substring(0, 8) + ".fr");

        assertThat(status).isEqualTo("APPROVED");
        assertThat(theRequestsProcess().getEndActivityId()).isEqualTo("AttachmentAcceptedByPolicy");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(theRequestsProcess().getId())
                .activityId("ReviewAttachmentRequest").count()).isZero();
        assertThat(structuresOfRequester()).extracting(s -> s.get("role") + "/" + s.get("attachmentStatus"))
                .containsExactly("USER/APPROVED");
        assertThat(mailsTo(greenMail, manager)).singleElement().satisfies(mail -> {
            assertThat(Journey.subject(mail)).isEqualTo("Chorus Pro : un utilisateur a été rattaché d'office à Atelier " + structure);
            assertThat(Journey.body(mail)).contains(requester, "Motif communiqué au demandeur", "Contacter le support");
        });
        assertThat(mailsTo(greenMail, requester)).singleElement().satisfies(mail -> {
            assertThat(Journey.subject(mail)).isEqualTo("Chorus Pro : votre demande de rattachement à Atelier " + structure + " est acceptée");
            assertThat(Journey.body(mail)).contains("acceptée d&#39;office", "domaine de la structure, vérifié par l&#39;un de ses gestionnaires");
        });
    }

    @Test
    void aPublicMailDomainNeverVerifiesAnyone() {
        assertThat(aWholeStructureRequestWithinTheDomain("gmail.com")).isEqualTo("PENDING");

        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestId).singleResult();
        assertThat(pi).isWaitingAt("ReviewAttachmentRequest");
        assertThat(runtime.getVariable(pi.getId(), "requesterDomainVerified")).isEqualTo(false);
    }

    @Test
    void aManagerWhoseMailboxTheServerRefusesDoesNotHoldTheRequestBack() {
        String unreachableManager = Journey.uniqueEmail();
        Map<String, Object> registration = Journey.registration(unreachableManager);
        registration.put("contactEmail", TestMailServer.REFUSED_RECIPIENT + "-" + unreachableManager);
        journey.post("/api/accounts", journey.withSolvedCaptcha(registration));
        journey.runDueJobs();
        journey.post("/api/activations/" + Journey.activationTokenFromMail(greenMail, unreachableManager),
                Journey.activationForm(Journey.STRONG_PASSWORD));
        structure = journey.newStructure(unreachableManager);

        ProcessInstance pi = askForTheWholeStructure();
        journey.runDueJobs();

        assertThat(pi).isWaitingAt("ReviewAttachmentRequest");
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
