package fr.onboarding.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Completion of a review task (attachment, public structure), told in French as Tasklist's users
 * read it: {@code approved} must be given (a
 * boolean, or "true"/"false" as a form may send it) and a refusal needs a {@code refusalReason};
 * otherwise the completion is refused and the task stays open. Whoever completes a task may also
 * send other variables: the ids the process acts on are then set again from its business key,
 * which nobody can change.
 */
public abstract class ReviewDecision implements TaskListener {

    static final int MAX_REASON_LENGTH = 1000;

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = decision(task.getVariable("approved"));
        if (approved == null) {
            throw new FormFieldValidationException("approved", "Choisissez d'accepter ou de refuser (approved : true ou false).");
        }
        task.setVariable("approved", approved);
        if (!approved) {
            Object reason = task.getVariable("refusalReason");
            if (!(reason instanceof String text) || text.isBlank()) {
                throw new FormFieldValidationException("refusalReason", "Un refus doit être motivé : saisissez le motif du refus (refusalReason).");
            }
            if (text.length() > MAX_REASON_LENGTH) {
                throw new FormFieldValidationException("refusalReason", "Le motif du refus comporte au plus 1000 caractères.");
            }
        }
        restoreTrustedVariables(task.getExecution().getProcessBusinessKey(), task);
    }

    /** Sets again, from the business key, every variable the rest of the process trusts. */
    protected abstract void restoreTrustedVariables(String businessKey, DelegateTask task);

    private static Boolean decision(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        return null;
    }
}
