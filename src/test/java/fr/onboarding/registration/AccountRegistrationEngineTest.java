package fr.onboarding.registration;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
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
import org.mockito.InOrder;

import fr.onboarding.EngineOnlyDelegates;

/**
 * account-registration's branches and timers on a bare engine, every delegate mocked: fast, and
 * about the BPMN alone. The journeys through HTTP and mails are in {@code AccountRegistrationProcessTest}.
 */
@Deployment(resources = {"bpmn/account-registration.bpmn", "bpmn/structure-attachment.bpmn", "bpmn/attachment-policy.dmn",
        "bpmn/public-structure-approval.bpmn", "forms/attachment-review.form", "forms/public-structure-review.form"})
class AccountRegistrationEngineTest {

    @RegisterExtension
    static ProcessEngineExtension engineOnly = EngineOnlyDelegates.engine();

    private static final Duration LINK_VALIDITY = Duration.ofMinutes(60);

    ProcessEngine engine;
    EngineOnlyDelegates delegates;

    @BeforeEach
    void mockedDelegatesAndAStillClock() {
        init(engine);
        ClockUtil.setCurrentTime(new Date());
        delegates = new EngineOnlyDelegates("closeUnactivatedAccount", "eraseAccount", "abandonPendingRequests",
                "activateStructureCreatedAtRegistration", "listStructureManagers", "approveAttachment", "refuseAttachment",
                "expireAttachment", "approvePublicStructure", "refusePublicStructure", "publicStructureReviewData")
                .withReviewListeners("attachmentReviewDecision", "publicStructureReviewDecision")
                .mailingLinksValidFor(LINK_VALIDITY);
        delegates.answer("listStructureManagers", execution -> execution.setVariable("managerAccountIds", List.of("manager")));
        // A registration's requester has not proven their address yet: attachment-policy leaves it to the managers.
        delegates.answer("attachmentReviewData", execution -> execution.setVariables(Map.of("managersGroup", "structure-managers-1",
                "requesterAddressProven", false, "requesterDomainVerified", true, "attachmentScope", "WHOLE_STRUCTURE",
                "identifierType", "SIRET", "requesterEmailDomain", "mairie-brest.fr")));
    }

    @AfterEach
    void forgetMocks() {
        EngineOnlyDelegates.reset();
        ClockUtil.reset();
    }

    /** The first step stores the registration; here it only says what it found. */
    private ProcessInstance registration(Map<String, Object> outcome) {
        delegates.answer("registerAccount", execution -> execution.setVariables(outcome));
        return runtimeService().startProcessInstanceByKey("account-registration", "registration-1");
    }

    private ProcessInstance newAccount(String kind) {
        return registration(Map.of("loginEmailTaken", false, "accountId", "registration-1", "registrationKind", kind,
                "structureId", "structure-1", "membershipId", "membership-1"));
    }

    private void runMailJobs(ProcessInstance instance) {
        List<Job> jobs;
        while (!(jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list()).isEmpty()) {
            execute(jobs.get(0));
        }
    }

    @Test
    void aTakenAddressWarnsItsHolderAndCreatesNothing() throws Exception {
        ProcessInstance instance = registration(Map.of("loginEmailTaken", true, "existingAccountId", "holder"));

        runMailJobs(instance);

        assertThat(instance).isEnded().hasPassed("RegistrationNotCreated").hasNotPassed("SendActivationLinkMail");
        verify(delegates.get("sendMail"), times(1)).execute(any());
    }

    @Test
    void anAccountWaitsForItsActivationOnceTheSummaryAndTheLinkAreSent() throws Exception {
        ProcessInstance instance = newAccount("ACCOUNT_ONLY");

        runMailJobs(instance);

        assertThat(instance).isWaitingAt("WaitForActivation")
                .hasPassedInOrder("SendAccountCreationSummaryMail", "SendActivationLinkMail");
        verify(delegates.get("sendMail"), times(2)).execute(any());
    }

    @Test
    void theActivationMessageEndsTheRegistrationWithItsStructureMadeReal() throws Exception {
        ProcessInstance instance = newAccount("PRIVATE_STRUCTURE");
        runMailJobs(instance);

        runtimeService().createMessageCorrelation("AccountActivated").processInstanceBusinessKey("registration-1").correlate();

        assertThat(instance).isEnded().hasPassed("ActivateStructureCreatedAtRegistration", "AccountActivated");
        verify(delegates.get("closeUnactivatedAccount"), never()).execute(any());
    }

    @Test
    void anAccountNotActivatedWithinThirtyDaysIsClosedMailedThenErased() throws Exception {
        ProcessInstance instance = newAccount("ACCOUNT_ONLY");
        runMailJobs(instance);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("ActivationDelayExpired").singleResult();
        org.assertj.core.api.Assertions.assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), timer.getDuedate().toInstant()))
                .isEqualTo(Duration.ofDays(30));

        execute(timer);
        runMailJobs(instance);

        assertThat(instance).isEnded().hasPassedInOrder("CloseUnactivatedAccount", "AbandonPendingRequests",
                "SendAccountClosedMail", "AccountClosed");
        InOrder order = inOrder(delegates.get("closeUnactivatedAccount"), delegates.get("sendMail"), delegates.get("eraseAccount"));
        order.verify(delegates.get("closeUnactivatedAccount")).execute(any());
        order.verify(delegates.get("sendMail")).execute(any());
        order.verify(delegates.get("eraseAccount")).execute(any());
    }

    @Test
    void theLinksExpiryIsATimerAfterWhichTheRegistrationWaitsForANewRequest() {
        ProcessInstance instance = newAccount("ACCOUNT_ONLY");
        runMailJobs(instance);
        assertThat(instance).variables().containsEntry("stage", "ACTIVATION_LINK_VALID").containsEntry("activationLinksSent", 1L);
        Job linkTimer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("ActivationLinkExpired").singleResult();
        org.assertj.core.api.Assertions.assertThat(linkTimer.getDuedate()).isEqualTo(runtimeService()
                .getVariable(instance.getId(), "activationLinkExpiresAt"));
        org.assertj.core.api.Assertions.assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(),
                linkTimer.getDuedate().toInstant())).isEqualTo(LINK_VALIDITY);

        execute(linkTimer);

        assertThat(instance).isWaitingAt("WaitForNewActivationLinkRequest").variables()
                .containsEntry("stage", "ACTIVATION_LINK_EXPIRED");
    }

    @Test
    void aNewLinkAskedForIsSentByTheRegistrationWhichTimesItAfresh() throws Exception {
        ProcessInstance instance = newAccount("ACCOUNT_ONLY");
        runMailJobs(instance);
        execute(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("ActivationLinkExpired").singleResult());
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));

        runtimeService().createMessageCorrelation("ActivationLinkRequested").processInstanceBusinessKey("registration-1").correlate();
        runMailJobs(instance);

        assertThat(instance).isWaitingAt("WaitForActivation").variables().containsEntry("activationLinksSent", 2L)
                .containsEntry("stage", "ACTIVATION_LINK_VALID");
        Job linkTimer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("ActivationLinkExpired").singleResult();
        org.assertj.core.api.Assertions.assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(),
                linkTimer.getDuedate().toInstant())).isEqualTo(LINK_VALIDITY);
        verify(delegates.get("sendMail"), times(3)).execute(any());

        runtimeService().createMessageCorrelation("ActivationLinkRequested").processInstanceBusinessKey("registration-1").correlate();
        runMailJobs(instance);
        assertThat(instance).isWaitingAt("WaitForActivation").variables().containsEntry("activationLinksSent", 3L);
    }

    @Test
    void aPublicStructureWaitsForSupportBeforeAnyActivationLink() {
        ProcessInstance instance = newAccount("PUBLIC_STRUCTURE");
        runMailJobs(instance);

        assertThat(instance).isWaitingAt("ApprovePublicStructureAtRegistration").hasNotPassed("SendActivationLinkMail");
        ProcessInstance review = calledProcess(instance);
        assertThat(review).isWaitingAt("ReviewPublicStructure");
        assertThat(task(review)).hasCandidateGroup("support");
    }

    @Test
    void aPublicStructureRefusedBySupportClosesTheRegistrationWithoutLink() {
        ProcessInstance instance = newAccount("PUBLIC_STRUCTURE");
        runMailJobs(instance);
        ProcessInstance review = calledProcess(instance);

        complete(task(review), Map.of("approved", false, "refusalReason", "Gérée dans Helios."));
        runMailJobs(review);

        assertThat(instance).isEnded().hasPassed("CloseAccountRefusedBySupport", "EraseAccountRefusedBySupport",
                "RegistrationRefusedBySupport").hasNotPassed("SendActivationLinkMail");
    }

    @Test
    void aPublicStructureSupportLeavesUndecidedLapsesAndClosesTheRegistration() {
        ProcessInstance instance = newAccount("PUBLIC_STRUCTURE");
        runMailJobs(instance);
        ProcessInstance review = calledProcess(instance);

        execute(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers()
                .activityId("PublicStructureReviewExpired").singleResult());
        runMailJobs(review);

        assertThat(review).isEnded().hasPassed("DiscardExpiredPublicStructure", "SendPublicStructureExpiredMail");
        assertThat(instance).isEnded().hasPassed("CloseAccountRefusedBySupport", "EraseAccountRefusedBySupport")
                .hasNotPassed("SendActivationLinkMail");
    }

    @Test
    void anAttachmentAcceptedByAManagerSendsTheActivationLink() {
        ProcessInstance instance = newAccount("ATTACHMENT");
        runMailJobs(instance);
        ProcessInstance review = calledProcess(instance);
        runMailJobs(review);
        assertThat(task(review)).hasCandidateGroup("structure-managers-1");

        complete(task(review), Map.of("approved", true));
        runMailJobs(review);
        runMailJobs(instance);

        assertThat(instance).isWaitingAt("WaitForActivation").hasPassed("ReviewAttachmentAtRegistration", "SendActivationLinkMail");
    }

    @Test
    void anAttachmentRefusedByAManagerClosesTheRegistration() {
        ProcessInstance instance = newAccount("ATTACHMENT");
        runMailJobs(instance);
        ProcessInstance review = calledProcess(instance);
        runMailJobs(review);

        complete(task(review), Map.of("approved", false, "refusalReason", "Inconnu du service."));
        runMailJobs(review);

        assertThat(instance).isEnded().hasPassed("RegistrationRefusedByManager").hasNotPassed("SendActivationLinkMail");
    }

    private ProcessInstance calledProcess(ProcessInstance caller) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    }
}
