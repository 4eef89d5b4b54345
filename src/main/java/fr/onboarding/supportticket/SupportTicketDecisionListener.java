package fr.onboarding.supportticket;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Completion of a support ticket's task: {@code supportAction} is RESEND_ACTIVATION (only for an
 * account waiting for activation) or ANSWER (then {@code supportAnswer} is required).
 */
@Component("supportTicketDecision")
class SupportTicketDecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object action = task.getVariable("supportAction");
        if ("RESEND_ACTIVATION".equals(action)) {
            if (!task.hasVariable("accountId")) {
                throw new FormFieldValidationException("supportAction",
                        "No account waits for activation with this address: answer the ticket instead.");
            }
            return;
        }
        if (!"ANSWER".equals(action)) {
            throw new FormFieldValidationException("supportAction", "Choose RESEND_ACTIVATION or ANSWER.");
        }
        if (!(task.getVariable("supportAnswer") instanceof String answer) || answer.isBlank()) {
            throw new FormFieldValidationException("supportAnswer", "An answer needs its text (supportAnswer).");
        }
    }
}
