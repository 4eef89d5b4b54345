package fr.onboarding.supportticket;

import static fr.onboarding.Journey.mailsTo;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** support-ticket: support re-sends the activation link or answers; the requester is mailed either way. */
@JourneyTest
class SupportTicketProcessTest {

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


    private ProcessInstance openTicket(String email, String category, String language) {
        ResponseEntity<Map<String, Object>> accepted = journey.post("/api/support-tickets", Map.of("loginEmail", email,
                "category", category, "message", "Je n'ai rien reçu depuis hier.", "language", language));
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) accepted.getBody().get("ticketId"))
                .singleResult();
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    @Test
    void supportResendsTheActivationLinkAndTheRequesterIsTold() {
        String email = uniqueEmail();
        journey.register(email);
        journey.runDueJobs();
        String oldToken = Journey.activationTokenFromMail(greenMail, email);
        ProcessInstance pi = openTicket(email, "ACTIVATION_EMAIL_NOT_RECEIVED", "fr");

        Task review = task(pi);
        assertThat(review).hasCandidateGroup("support");
        assertThat(forms.getTaskFormData(review.getId()).getCamundaFormRef().getKey()).isEqualTo("support-ticket");
        assertThat(forms.getTaskFormVariables(review.getId()).getValue("accountState", String.class))
                .startsWith("Compte en attente d'activation");

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(10))));
        tasks.complete(review.getId(), Map.of("supportAction", "RESEND_ACTIVATION"));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("RequestNewActivationLink", "SendTicketAnswerMail");
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .contains("Chorus Pro : votre sollicitation a été traitée");
        String newToken = Journey.activationTokenFromMail(greenMail, email);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(journey.post("/api/activations/" + newToken, Journey.activationForm(Journey.STRONG_PASSWORD))
                .getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void supportAnswersInTheRequestersLanguage() {
        String email = uniqueEmail();
        ProcessInstance pi = openTicket(email, "OTHER", "en");

        tasks.complete(task(pi).getId(), Map.of("supportAction", "ANSWER", "supportAnswer", "Please check your spam folder."));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasNotPassed("RequestNewActivationLink");
        assertThat(mailsTo(greenMail, email)).singleElement().satisfies(mail -> {
            assertThat(Journey.subject(mail)).isEqualTo("Chorus Pro: your support request has been handled");
            assertThat(Journey.body(mail)).contains("Please check your spam folder.", "Hello,");
        });
    }

    @Test
    void aResendForAnAccountThatNoLongerWaitsTellsTheRequesterWithoutAnyIncident() {
        String email = journey.newActiveAccount(greenMail, "fr");
        ProcessInstance pi = openTicket(email, "ACTIVATION_EMAIL_NOT_RECEIVED", "fr");
        greenMail.reset();

        tasks.complete(task(pi).getId(), Map.of("supportAction", "RESEND_ACTIVATION"));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("RequestNewActivationLink", "SendTicketAnswerMail");
        assertThat(mailsTo(greenMail, email)).singleElement().satisfies(mail ->
                assertThat(Journey.body(mail)).contains("Aucun lien d", "pu être envoyé : aucun compte"));
    }

    @Test
    void aTicketFiledBeforeTheLinkWentOutShowsTheStateOfWhenSupportTakesItAndTheLinkIsSent() {
        String email = uniqueEmail();
        journey.register(email);
        ProcessInstance pi = openTicket(email, "ACTIVATION_EMAIL_NOT_RECEIVED", "fr");
        Task review = task(pi);
        assertThat(forms.getTaskFormVariables(review.getId()).getValue("accountState", String.class))
                .doesNotStartWith("Compte en attente d'activation");
        journey.runDueJobs();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(10))));
        tasks.claim(review.getId(), "agent");
        assertThat(forms.getTaskFormVariables(review.getId()).getValue("accountState", String.class))
                .startsWith("Compte en attente d'activation");
        greenMail.reset();
        tasks.complete(review.getId(), Map.of("supportAction", "RESEND_ACTIVATION"));
        journey.runDueJobs();

        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).containsExactlyInAnyOrder(
                "Chorus Pro : activez votre compte utilisateur", "Chorus Pro : votre sollicitation a été traitée");
        assertThat(journey.post("/api/activations/" + Journey.activationTokenFromMail(greenMail, email),
                Journey.activationForm(Journey.STRONG_PASSWORD)).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void aTicketIsDueInTwoDaysAndOneLeftUnhandledForThirtyIsClosedAndItsRequesterTold() {
        String email = uniqueEmail();
        ProcessInstance pi = openTicket(email, "OTHER", "fr");
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), task(pi).getDueDate().toInstant()))
                .isBetween(Duration.ofDays(2).minusMinutes(1), Duration.ofDays(2));

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30).plusMinutes(1))));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("SupportTicketExpired", "SendSupportTicketExpiredMail", "SupportTicketClosedUnanswered");
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).containsExactly("Chorus Pro : votre sollicitation est close");
    }

    @Test
    void anAnswerNeedsItsText() {
        ProcessInstance pi = openTicket(uniqueEmail(), "OTHER", "fr");

        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of("supportAction", "ANSWER")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class);
        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of("supportAction", "ANSWER", "supportAnswer", "   ")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class);
        assertThatThrownBy(() -> tasks.complete(task(pi).getId(), Map.of("supportAction", "ANSWER", "supportAnswer", "x".repeat(4001))))
                .hasRootCauseMessage("La réponse comporte au plus 4000 caractères.");
        assertThat(pi).isWaitingAt("ReviewSupportTicket");
    }

    @Test
    void aTicketNeedsAnAddressACategoryAndAMessage() {
        ResponseEntity<Map<String, Object>> refused = journey.post("/api/support-tickets", Map.of("loginEmail", "nope"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("loginEmail", "category", "message");
    }
}
