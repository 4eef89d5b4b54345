package fr.onboarding.account;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.mailsTo;
import static fr.onboarding.Journey.subject;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** account-registration, path by path, driven through the public API as a person would. */
@JourneyTest
class AccountRegistrationProcessTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;


    private ProcessInstance instance(String accountId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId).singleResult();
    }

    private HistoricProcessInstance finished(String accountId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(accountId).singleResult();
    }

    /** Registers, lets the mails go, and reads the activation link as the person would. */
    private String newRegistrationsLink(String email) {
        journey.register(email);
        journey.runDueJobs();
        return activationTokenFromMail(greenMail, email);
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    @Test
    void registrationMailsSummaryAndActivationLinkToTheLoginAddress() {
        String email = uniqueEmail();
        String accountId = journey.register(email);

        ProcessInstance pi = instance(accountId);
        assertThat(pi).isWaitingAt("SendAccountCreationSummaryMail");
        journey.runDueJobs();

        assertThat(pi).isWaitingAt("WaitForActivation").hasPassed("SendAccountCreationSummaryMail", "SendActivationLinkMail");
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).containsExactly(
                "Chorus Pro : votre compte utilisateur a bien été créé",
                "Chorus Pro : activez votre compte utilisateur");
        assertThat(mailsTo(greenMail, email)).allSatisfy(mail -> {
            assertThat(mail.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
            assertThat(Journey.body(mail)).contains("Gwenaël");
            assertThat(mail.getHeader("From")[0]).startsWith("=?UTF-8?").endsWith(" <no-reply@chorus-pro.localhost>");
            assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Chorus Pro – Ne pas répondre");
        });
    }

    @Test
    void followingTheMailedLinkActivatesTheAccountAndEndsTheProcess() {
        String email = uniqueEmail();
        String accountId = journey.register(email);
        journey.runDueJobs();
        String token = activationTokenFromMail(greenMail, email);

        ResponseEntity<Map<String, Object>> shown = journey.get("/api/activations/" + token);
        assertThat(shown.getStatusCode().value()).isEqualTo(200);
        assertThat(shown.getBody()).containsEntry("loginEmail", email).containsEntry("firstName", "Gwenaël")
                .containsEntry("lastName", "Fumoux").containsEntry("contactEmail", email);

        ResponseEntity<Map<String, Object>> activated = journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD));
        assertThat(activated.getStatusCode().value()).isEqualTo(204);

        assertThat(finished(accountId).getEndActivityId()).isEqualTo("AccountActivated");
        ResponseEntity<Map<String, Object>> me = journey.getAs("/api/me", email, STRONG_PASSWORD);
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(me.getBody()).containsEntry("status", "ACTIVE").containsEntry("loginEmail", email);
    }

    @Test
    void addressesAreCaseInsensitiveAndTheContactEmailDefaultsToTheLoginEmail() {
        String email = uniqueEmail();
        Map<String, Object> body = Journey.registration(email.toUpperCase());
        body.put("loginEmailConfirmation", email);
        assertThat(journey.post("/api/accounts", body).getStatusCode().value()).isEqualTo(202);
        journey.runDueJobs();

        ResponseEntity<Map<String, Object>> shown = journey.get("/api/activations/" + activationTokenFromMail(greenMail, email));

        assertThat(shown.getBody()).containsEntry("loginEmail", email).containsEntry("contactEmail", email);
    }

    @Test
    void showingTheLinkDoesNotConsumeIt() {
        String token = newRegistrationsLink(uniqueEmail());

        journey.get("/api/activations/" + token);
        journey.get("/api/activations/" + token);

        assertThat(journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(204);
    }

    @Test
    void aUsedLinkIsRefusedWith410() {
        String token = newRegistrationsLink(uniqueEmail());
        journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD));

        ResponseEntity<Map<String, Object>> again = journey.post("/api/activations/" + token, activationForm("Autre-Mot2Passe!"));
        assertThat(again.getStatusCode().value()).isEqualTo(410);
        assertThat(again.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(again.getBody()).containsEntry("title", "Activation refusée");
        assertThat(journey.get("/api/activations/" + token).getStatusCode().value()).isEqualTo(410);
    }

    @Test
    void anExpiredLinkIsRefusedWith410AndPointsToForgotPassword() {
        String token = newRegistrationsLink(uniqueEmail());

        moveClock(Duration.ofMinutes(61));

        ResponseEntity<Map<String, Object>> shown = journey.get("/api/activations/" + token);
        assertThat(shown.getStatusCode().value()).isEqualTo(410);
        assertThat(shown.getBody()).containsEntry("title", "Activation refusée");
        assertThat((String) shown.getBody().get("detail")).contains("Mot de passe oublié");
        assertThat(journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(410);
    }

    @Test
    void aLinkIsStillValidJustBeforeItsSixtyMinutes() {
        String token = newRegistrationsLink(uniqueEmail());

        moveClock(Duration.ofMinutes(59));

        assertThat(journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(204);
    }

    @Test
    void anExpiredLinkLeavesTheRegistrationVisiblyStuckUntilForgotPasswordSendsAWorkingOne() {
        String email = uniqueEmail();
        ProcessInstance pi = instance(journey.register(email));
        journey.runDueJobs();
        String oldToken = activationTokenFromMail(greenMail, email);

        moveClock(Duration.ofMinutes(60));
        journey.runDueJobs();

        assertThat(pi).isWaitingAt("WaitForNewActivationLinkRequest");
        assertThat(engineVariables(pi)).containsEntry("stage", "ACTIVATION_LINK_EXPIRED").containsEntry("activationLinksSent", 1)
                .containsKeys("activationLinkExpiresAt", "registrationKind").allSatisfy((name, value) ->
                        assertThat(String.valueOf(value)).as("no personal data in " + name).doesNotContain("@", "Gwenaël"));
        assertThat(journey.get("/api/activations/" + oldToken).getStatusCode().value()).isEqualTo(410);

        greenMail.reset();
        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();

        assertThat(pi).isWaitingAt("WaitForActivation");
        assertThat(engineVariables(pi)).containsEntry("stage", "ACTIVATION_LINK_VALID").containsEntry("activationLinksSent", 2);
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).containsExactly("Chorus Pro : activez votre compte utilisateur");
        assertThat(journey.post("/api/activations/" + activationTokenFromMail(greenMail, email), activationForm(STRONG_PASSWORD))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(pi).isEnded();
    }

    /** The worked example of the README: a reminder 15 minutes before the link expires, modelled in BPMN only. */
    @Test
    void fifteenMinutesBeforeTheLinkExpiresAReminderIsMailedAndTheLinkStillWorks() {
        String email = uniqueEmail();
        ProcessInstance pi = instance(journey.register(email));
        journey.runDueJobs();
        String token = activationTokenFromMail(greenMail, email);
        Date expiresAt = (Date) runtime.getVariable(pi.getId(), "activationLinkExpiresAt");
        assertThat(reminderJob(pi).getDuedate()).isEqualTo(Date.from(expiresAt.toInstant().minus(Duration.ofMinutes(15))));

        moveClock(Duration.ofMinutes(44));
        journey.runDueJobs();
        assertThat(mailsTo(greenMail, email)).hasSize(2);

        moveClock(Duration.ofMinutes(2));
        journey.runDueJobs();

        assertThat(mailsTo(greenMail, email)).last().satisfies(reminder -> {
            assertThat(subject(reminder)).isEqualTo("Chorus Pro : votre lien d'activation expire bientôt");
            assertThat(Journey.body(reminder)).contains("expire le", DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(ZoneId.of("Europe/Paris")).format(expiresAt.toInstant()));
        });
        assertThat(pi).isWaitingAt("WaitForActivation");
        assertThat(journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(204);
        assertThat(pi).isEnded().hasPassed("ActivationLinkReminderSent", "ActivationCompleted");
    }

    /** The reminder's mail job, due when the account is activated, neither goes out nor holds the registration back. */
    @Test
    void anActivationWhileTheReminderIsOnItsWayEndsTheRegistrationWithoutTheReminder() {
        String email = uniqueEmail();
        ProcessInstance pi = instance(journey.register(email));
        journey.runDueJobs();
        String token = activationTokenFromMail(greenMail, email);
        moveClock(Duration.ofMinutes(46));
        management.executeJob(reminderJob(pi).getId());

        assertThat(journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(204);
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("ActivationCompleted", "AccountActivated");
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .doesNotContain("Chorus Pro : votre lien d'activation expire bientôt");
    }

    @Test
    void aNewLinkPutsTheReminderOffUntilFifteenMinutesBeforeItsOwnExpiry() {
        String email = uniqueEmail();
        ProcessInstance pi = instance(journey.register(email));
        journey.runDueJobs();
        moveClock(Duration.ofMinutes(30));

        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();

        Date newExpiry = (Date) runtime.getVariable(pi.getId(), "activationLinkExpiresAt");
        assertThat(reminderJob(pi).getDuedate()).isEqualTo(Date.from(newExpiry.toInstant().minus(Duration.ofMinutes(15))));
        moveClock(Duration.ofMinutes(20));
        journey.runDueJobs();
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).doesNotContain(
                "Chorus Pro : votre lien d'activation expire bientôt");
    }

    private Job reminderJob(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId("ActivationLinkExpiresSoon").singleResult();
    }

    @Test
    void requestsForANewLinkMadeAtOnceOrJustAfterOneGiveOneLink() {
        String email = uniqueEmail();
        ProcessInstance pi = instance(journey.register(email));
        journey.runDueJobs();
        moveClock(Duration.ofMinutes(61));
        journey.runDueJobs();
        greenMail.reset();

        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();
        moveClock(Duration.ofMinutes(2));
        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();

        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).containsExactly("Chorus Pro : activez votre compte utilisateur");
        assertThat(engineVariables(pi)).containsEntry("activationLinksSent", 2);
        assertThat(journey.post("/api/activations/" + activationTokenFromMail(greenMail, email), activationForm(STRONG_PASSWORD))
                .getStatusCode().value()).isEqualTo(204);
    }

    /** The registration's process variables as Cockpit reads them: through the engine's REST API, as an operator. */
    private Map<String, Object> engineVariables(ProcessInstance pi) {
        Map<String, Map<String, Object>> variables = journey.asNewEngineUser("operators")
                .getForObject("/engine-rest/process-instance/" + pi.getId() + "/variables", Map.class);
        Map<String, Object> values = new HashMap<>();
        variables.forEach((name, variable) -> values.put(name, variable.get("value")));
        return values;
    }

    @Test
    void anAccountNotActivatedWithinThirtyDaysIsClosedMailedErasedAndItsAddressFreed() {
        String email = uniqueEmail();
        String accountId = journey.register(email);
        journey.runDueJobs();
        ProcessInstance pi = instance(accountId);

        moveClock(Duration.ofDays(29));
        journey.runDueJobs();
        assertThat(pi).isWaitingAt("WaitForNewActivationLinkRequest");

        moveClock(Duration.ofDays(1).plusMinutes(1));
        journey.runDueJobs();

        assertThat(pi).isEnded().hasPassed("ActivationDelayExpired", "CloseUnactivatedAccount", "SendAccountClosedMail",
                "EraseAccountPersonalData", "AccountClosed");
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .contains("Chorus Pro : votre compte non activé a été clôturé");

        greenMail.reset();
        String secondAccountId = journey.register(email);
        journey.runDueJobs();
        assertThat(secondAccountId).isNotEqualTo(accountId);
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).containsExactly(
                "Chorus Pro : votre compte utilisateur a bien été créé",
                "Chorus Pro : activez votre compte utilisateur");
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAndOnlyItsOwnerIsTold() {
        String email = uniqueEmail();
        ResponseEntity<Map<String, Object>> first = journey.post("/api/accounts", Journey.registration(email));
        journey.runDueJobs();
        greenMail.reset();

        ResponseEntity<Map<String, Object>> second = journey.post("/api/accounts", Journey.registration(email));
        journey.runDueJobs();

        assertThat(second.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(second.getBody().keySet()).isEqualTo(first.getBody().keySet());
        assertThat(second.getBody()).containsEntry("status", "PENDING_ACTIVATION");
        String secondId = (String) second.getBody().get("accountId");
        assertThat(finished(secondId).getEndActivityId()).isEqualTo("RegistrationNotCreated");
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : tentative de création de compte avec votre adresse");
    }

    @Test
    void anSmtpOutageBecomesRetriesThenAnIncidentAndEachMailIsSentOnceOperatorsRetryTheFailedOnes() throws Exception {
        greenMail.stop();
        String email = uniqueEmail();
        String accountId = journey.register(email);
        ProcessInstance pi = instance(accountId);

        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // SMTP refused the connection: the engine records the failure on the job.
            }
        }

        Job exhausted = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(exhausted.getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getActivityId())
                .isEqualTo("SendAccountCreationSummaryMail");

        greenMail.start();
        // A failed job of no process (history clean-up) is no mail, and must not stop the others' retry.
        management.setJobRetries(history.cleanUpHistoryAsync(true).getId(), 0);
        // The operators' one step once SMTP is back: every failed mail gets a retry, due now.
        ResponseEntity<Map> retried = journey.asNewEngineUser("operators").postForEntity("/api/ops/failed-mails/retries", null, Map.class);
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat((Integer) retried.getBody().get("mails")).isPositive();
        journey.runDueJobs();

        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(pi).isWaitingAt("WaitForActivation");
        assertThat(mailsTo(greenMail, email)).hasSize(2);
    }

    /** Runs the registration up to its activation mail, which it does not send. */
    private Job activationMailJob(String accountId) {
        ProcessInstance pi = instance(accountId);
        Job activationMail;
        while ((activationMail = management.createJobQuery().processInstanceId(pi.getId())
                .activityId("SendActivationLinkMail").singleResult()) == null) {
            management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
        }
        return activationMail;
    }

    private VariableInstance linksSentCount(String accountId) {
        return runtime.createVariableInstanceQuery().processInstanceIdIn(instance(accountId).getId())
                .variableName("activationLinksSent").singleResult();
    }

    /** Runs the job with the links count missing: the output mapping after the mail fails, and the job's transaction with it. */
    private void runFailingAfterTheMail(String accountId, Job mailJob) {
        VariableInstance count = linksSentCount(accountId);
        runtime.removeVariableLocal(count.getExecutionId(), "activationLinksSent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(mailJob.getId()));
        runtime.setVariableLocal(count.getExecutionId(), "activationLinksSent", count.getValue());
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The delivery marks of that job's mails (key {@code <job id>.<task id>}). */
    private int mailDeliveryMarks(Job job) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery WHERE delivery_key LIKE ?", Integer.class, job.getId() + ".%");
    }

    /** A mail's job goes on to the next save point: a step there that fails re-runs the job, not the mail. */
    @Test
    void aStepFailingAfterAMailNeverSendsItAgain() {
        String email = uniqueEmail();
        ProcessInstance pi = instance(journey.register(email));
        // No registration kind: the gateway after the summary mail cannot decide, so the mail's job fails after the mail.
        runtime.removeVariable(pi.getId(), "registrationKind");
        Job summaryMail = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

        for (int attempt = 0; attempt < 3; attempt++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(summaryMail.getId()));
        }

        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : votre compte utilisateur a bien été créé");
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getActivityId())
                .isEqualTo("SendAccountCreationSummaryMail");
    }

    @Test
    void aFailureAfterTheActivationMailNeitherSendsItAgainNorKillsItsLink() {
        String email = uniqueEmail();
        String accountId = journey.register(email);
        Job mailJob = activationMailJob(accountId);

        runFailingAfterTheMail(accountId, mailJob);
        String mailedToken = activationTokenFromMail(greenMail, email);
        management.executeJob(mailJob.getId());

        assertThat(mailsTo(greenMail, email)).hasSize(2);
        assertThat(instance(accountId)).isWaitingAt("WaitForActivation");
        assertThat(journey.post("/api/activations/" + mailedToken, activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(204);
        assertThat(mailDeliveryMarks(mailJob)).isZero();
    }

    @Test
    void aMailSentAgainAfterACrashCarriesTheSameWorkingLinkAndMessageId() {
        String email = uniqueEmail();
        String accountId = journey.register(email);
        Job mailJob = activationMailJob(accountId);

        runFailingAfterTheMail(accountId, mailJob);
        // A crash between SMTP's answer and the delivery's mark: the mark is missing.
        jdbc.update("DELETE FROM mail_delivery");
        management.executeJob(mailJob.getId());

        List<MimeMessage> mails = mailsTo(greenMail, email);
        assertThat(mails).hasSize(3);
        MimeMessage first = mails.get(1);
        MimeMessage again = mails.get(2);
        assertThat(messageId(again)).isNotBlank().isEqualTo(messageId(first)).isNotEqualTo(messageId(mails.get(0)));
        String firstMailsToken = Journey.linkTokenIn(first, "activation");
        assertThat(firstMailsToken).as("an activation link").isNotNull();
        assertThat(Journey.linkTokenIn(again, "activation")).isEqualTo(firstMailsToken);
        assertThat(journey.post("/api/activations/" + firstMailsToken, activationForm(STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(204);
    }
}
