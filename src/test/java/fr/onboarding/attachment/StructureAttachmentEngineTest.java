package fr.onboarding.attachment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.onboarding.EngineOnlyDelegates;

/**
 * structure-attachment's decisions and timers on a bare engine, every delegate mocked. The
 * journeys through HTTP, Tasklist's rules and mails are in {@code StructureAttachmentProcessTest}.
 */
@Deployment(resources = {"bpmn/structure-attachment.bpmn", "bpmn/attachment-policy.dmn", "forms/attachment-review.form"})
class StructureAttachmentEngineTest {

    @RegisterExtension
    static ProcessEngineExtension engineOnly = EngineOnlyDelegates.engine();

    ProcessEngine engine;
    EngineOnlyDelegates delegates;
    ProcessInstance request;

    @BeforeEach
    void mockedDelegatesAndAStillClock() {
        init(engine);
        ClockUtil.setCurrentTime(new Date());
        delegates = new EngineOnlyDelegates("sendMail", "approveAttachment", "refuseAttachment", "expireAttachment")
                .withReviewListeners("attachmentReviewDecision");
        delegates.answer("listStructureManagers", execution ->
                execution.setVariable("managerAccountIds", List.of("manager-1", "manager-2")));
    }

    @AfterEach
    void forgetMocks() {
        EngineOnlyDelegates.reset();
        ClockUtil.reset();
    }

    /** A request offered to the structure's two managers (the engine deploys the process once the test begins). */
    private void pendingRequest() {
        request(false);
    }

    /** A request by an active account, from its structure's verified domain or not, for the whole structure. */
    private void request(boolean fromTheVerifiedDomain) {
        delegates.answer("attachmentReviewData", execution -> execution.setVariables(Map.of("managersGroup", "structure-managers-1",
                "requesterAddressProven", true, "requesterDomainVerified", fromTheVerifiedDomain,
                "attachmentScope", "WHOLE_STRUCTURE", "identifierType", "SIRET", "requesterEmailDomain", "mairie-brest.fr")));
        request = runtimeService().startProcessInstanceByKey("structure-attachment", "membership-1",
                Map.of("membershipId", "membership-1", "accountId", "requester"));
        runDueMessageJobs();
    }

    private void runDueMessageJobs() {
        List<Job> jobs;
        while (!(jobs = engine.getManagementService().createJobQuery().processInstanceId(request.getId()).messages().list()).isEmpty()) {
            execute(jobs.get(0));
        }
    }

    /** The request's timers, the soonest first: the reminder, then the expiry. */
    private List<Job> timers() {
        return engine.getManagementService().createJobQuery().processInstanceId(request.getId()).timers().list().stream()
                .sorted(Comparator.comparing(Job::getDuedate)).toList();
    }

    private static Duration dueAfterStart(Job timer) {
        return Duration.between(ClockUtil.getCurrentTime().toInstant(), timer.getDuedate().toInstant());
    }

    @Test
    void eachManagerIsMailedOnceAndTheGroupReviews() throws Exception {
        pendingRequest();
        assertThat(request).isWaitingAt("ReviewAttachmentRequest");
        assertThat(task(request)).hasCandidateGroup("structure-managers-1");
        verify(delegates.get("sendMail"), times(2)).execute(any());
    }

    @Test
    void theRemindersComeAfterSevenDaysAndTheRequestStillWaits() throws Exception {
        pendingRequest();
        Job reminder = timers().get(0);
        org.assertj.core.api.Assertions.assertThat(dueAfterStart(reminder)).isEqualTo(Duration.ofDays(7));

        execute(reminder);
        runDueMessageJobs();

        assertThat(request).isWaitingAt("ReviewAttachmentRequest").hasPassed("ReminderSent");
        verify(delegates.get("sendMail"), times(4)).execute(any());
    }

    @Test
    void anUndecidedRequestExpiresAfterThirtyDaysAndTheRequesterIsTold() throws Exception {
        pendingRequest();
        Job expiry = timers().get(1);
        org.assertj.core.api.Assertions.assertThat(dueAfterStart(expiry)).isEqualTo(Duration.ofDays(30));

        execute(expiry);
        runDueMessageJobs();

        assertThat(request).isEnded().hasPassedInOrder("ExpireAttachmentRequest", "SendAttachmentExpiredMail", "AttachmentExpired");
        verify(delegates.get("expireAttachment")).execute(any());
        verify(delegates.get("approveAttachment"), never()).execute(any());
    }

    @Test
    void anAcceptanceAttachesAndEndsTheTimers() throws Exception {
        pendingRequest();
        complete(task(request), Map.of("approved", true));
        runDueMessageJobs();

        assertThat(request).isEnded().hasPassed("ApproveAttachment", "AttachmentAccepted");
        org.assertj.core.api.Assertions.assertThat(timers()).isEmpty();
    }

    @Test
    void aRefusalIsRecordedAndTheRequesterIsToldWhy() throws Exception {
        pendingRequest();
        complete(task(request), Map.of("approved", false, "refusalReason", "Inconnu du service."));
        runDueMessageJobs();

        assertThat(request).isEnded().hasPassed("RefuseAttachment", "SendAttachmentRefusedMail", "AttachmentRefused");
        verify(delegates.get("refuseAttachment")).execute(any());
    }

    @Test
    void aRequestFromTheStructuresVerifiedDomainIsAcceptedWithoutTheManagers() throws Exception {
        request(true);

        assertThat(request).isEnded().hasPassedInOrder("ApplyAttachmentPolicy", "ApproveAttachmentByPolicy",
                "SendAttachmentAcceptedByPolicyMail", "SendAttachmentAcceptedByPolicyToManagersMail", "AttachmentAcceptedByPolicy")
                .hasNotPassed("ReviewAttachmentRequest");
        verify(delegates.get("approveAttachment")).execute(any());
        // The requester, then each of the two managers: nobody joins without the managers knowing.
        verify(delegates.get("sendMail"), times(3)).execute(any());
    }

    @Test
    void aRuleAnAnalystAddsRefusesARequestWithItsReasonAndNoManagerIsAsked() throws Exception {
        engine.getRepositoryService().createDeployment().name("attachment-policy that refuses a domain")
                .addClasspathResource("bpmn/structure-attachment.bpmn").addClasspathResource("forms/attachment-review.form")
                .addClasspathResource("policies/attachment-policy-refusing.dmn").deploy();
        List<Object> reasons = new java.util.ArrayList<>();
        delegates.answer("refuseAttachment", execution -> reasons.add(execution.getVariable("refusalReason")));

        request(false);

        assertThat(request).isEnded().hasPassedInOrder("RefuseAttachmentByPolicy", "SendAttachmentRefusedByPolicyMail",
                "AttachmentRefusedByPolicy").hasNotPassed("ListStructureManagers");
        org.assertj.core.api.Assertions.assertThat(reasons).containsExactly("Les agents de ce domaine passent par le service central.");
    }
}
