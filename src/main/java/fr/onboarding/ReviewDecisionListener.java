package fr.onboarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Completion of every review task (attachment, public structure): {@code approved} must be given
 * (a boolean, or "true"/"false" as a form may send it) and a refusal needs a {@code refusalReason}.
 * A bad decision is refused as a form validation error (400 from the engine's REST API), so the
 * task stays open.
 */
@Component("reviewDecision")
class ReviewDecisionListener implements TaskListener {

    static final int MAX_REASON_LENGTH = 1000;

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = decision(task.getVariable("approved"));
        if (approved == null) {
            throw new FormFieldValidationException("approved", "Choose to approve or refuse (approved: true or false).");
        }
        task.setVariable("approved", approved);
        if (approved) {
            return;
        }
        Object reason = task.getVariable("refusalReason");
        if (!(reason instanceof String text) || text.isBlank()) {
            throw new FormFieldValidationException("refusalReason", "A refusal needs its reason (refusalReason).");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new FormFieldValidationException("refusalReason", "The refusal reason has at most 1000 characters.");
        }
    }

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
