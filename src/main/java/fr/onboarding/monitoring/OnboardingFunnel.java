package fr.onboarding.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The onboarding funnel ({@code onboarding_funnel_total{step}}) and the reviews' lead times
 * ({@code onboarding_review_lead_time_seconds{review}}), counted from the engine's history and task
 * events once their transaction has committed: a step rolled back and retried counts once. Each step is
 * a BPMN element; renaming one in Modeler is caught by {@code FunnelMetricsTest}.
 */
@Component
class OnboardingFunnel {

    /**
     * Process key / element id → step of the funnel, counted when the element starts (an
     * asynchronous task's end is recorded twice, its start once).
     */
    static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("account-registration/SendAccountCreationSummaryMail", "registered"),
            Map.entry("account-registration/ActivationLinkExpired", "activation_link_expired"),
            Map.entry("account-registration/AccountActivated", "activated"),
            Map.entry("account-registration/AccountClosed", "closed_unactivated"),
            Map.entry("structure-attachment/AttachmentRequested", "attachment_requested"),
            Map.entry("structure-attachment/AttachmentAccepted", "attachment_approved"),
            Map.entry("structure-attachment/AttachmentAcceptedByPolicy", "attachment_approved_by_policy"),
            Map.entry("structure-attachment/AttachmentRefused", "attachment_refused"),
            Map.entry("structure-attachment/AttachmentRefusedByPolicy", "attachment_refused_by_policy"),
            Map.entry("structure-attachment/AttachmentExpired", "attachment_expired"),
            Map.entry("public-structure-approval/PublicStructureRequested", "public_structure_requested"),
            Map.entry("public-structure-approval/PublicStructureCreated", "public_structure_approved"),
            Map.entry("public-structure-approval/PublicStructureNotCreated", "public_structure_refused"),
            Map.entry("public-structure-approval/PublicStructureRequestExpired", "public_structure_expired"));

    /** Process key / user task id → review whose lead time (creation to decision) is timed. */
    static final Map<String, String> REVIEWS = Map.of(
            "structure-attachment/ReviewAttachmentRequest", "attachment",
            "public-structure-approval/ReviewPublicStructure", "public_structure",
            "support-ticket/ReviewSupportTicket", "support_ticket");

    private final MeterRegistry meters;
    private final Clock clock;

    OnboardingFunnel(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        // Every step and review shows from the start, at 0: a funnel with a missing step reads as a broken one.
        STEPS.values().forEach(step -> meters.counter("onboarding.funnel", "step", step));
        REVIEWS.values().forEach(review -> meters.timer("onboarding.review.lead.time", "review", review));
    }

    @EventListener
    void activityStarted(HistoricActivityInstanceEventEntity event) {
        if (HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName().equals(event.getEventType())) {
            String step = STEPS.get(event.getProcessDefinitionKey() + "/" + event.getActivityId());
            if (step != null) {
                afterCommit(() -> meters.counter("onboarding.funnel", "step", step).increment());
            }
        }
    }

    /** A review's lead time, from the task's creation to its completion (task events carry the creation time). */
    @EventListener
    void taskCompleted(TaskEvent event) {
        if (TaskListener.EVENTNAME_COMPLETE.equals(event.getEventName())) {
            String process = event.getProcessDefinitionId().substring(0, event.getProcessDefinitionId().indexOf(':'));
            String review = REVIEWS.get(process + "/" + event.getTaskDefinitionKey());
            if (review != null) {
                Duration leadTime = Duration.between(event.getCreateTime().toInstant(), clock.instant());
                afterCommit(() -> meters.timer("onboarding.review.lead.time", "review", review).record(leadTime));
            }
        }
    }

    /**
     * Read when the engine publishes it (the engine reuses the event object: read after the commit,
     * a start would already say "end"), counted once the transaction has committed.
     */
    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
