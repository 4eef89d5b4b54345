package fr.onboarding.supportticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * A support ticket's task. When support takes it (assignment) and when it decides (complete), the
 * account's state is read again ({@link SupportTickets#accountStateOf}), so that the form shows it
 * as it is and a new link goes to an account that waits for one now. On completion,
 * {@code supportAction} is RESEND_ACTIVATION (whatever the state: the process tells the requester
 * when no link could be sent) or ANSWER, which needs its {@code supportAnswer}.
 */
@Component("supportTicketDecision")
class SupportTicketDecisionListener implements TaskListener {

    /** As the form says; a longer text would not fit its column. */
    private static final int MAX_ANSWER_LENGTH = 4000;

    private final SupportTickets tickets;

    SupportTicketDecisionListener(SupportTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariables(tickets.accountStateOf((String) task.getVariable("requesterEmail")));
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        Object action = task.getVariable("supportAction");
        if ("RESEND_ACTIVATION".equals(action)) {
            return;
        }
        if (!"ANSWER".equals(action)) {
            throw new FormFieldValidationException("supportAction", "Choisissez un traitement : renvoyer un lien ou répondre.");
        }
        if (!(task.getVariable("supportAnswer") instanceof String answer) || answer.isBlank()) {
            throw new FormFieldValidationException("supportAnswer", "Saisissez la réponse au demandeur.");
        }
        if (answer.length() > MAX_ANSWER_LENGTH) {
            throw new FormFieldValidationException("supportAnswer", "La réponse comporte au plus 4000 caractères.");
        }
    }
}
