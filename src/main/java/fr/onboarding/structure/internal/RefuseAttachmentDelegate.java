package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** A manager refused: the membership of the business key is refused with {@code refusalReason}. */
@Component("refuseAttachment")
class RefuseAttachmentDelegate implements JavaDelegate {

    private final StructureService structures;

    RefuseAttachmentDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.refuseAttachment(execution.getProcessBusinessKey(),
                (String) execution.getVariable("refusalReason"));
    }
}
