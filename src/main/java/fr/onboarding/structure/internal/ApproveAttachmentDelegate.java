package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** A manager accepted: the membership of the business key is approved with the scope asked for. */
@Component("approveAttachment")
class ApproveAttachmentDelegate implements JavaDelegate {

    private final StructureService structures;

    ApproveAttachmentDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.approveAttachment(execution.getProcessBusinessKey());
    }
}
