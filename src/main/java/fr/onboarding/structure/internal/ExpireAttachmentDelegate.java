package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Nobody decided in time: the membership of the business key expires, which a waiting registration reads as not approved. */
@Component("expireAttachment")
class ExpireAttachmentDelegate implements JavaDelegate {

    private final StructureService structures;

    ExpireAttachmentDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.expireAttachment(execution.getProcessBusinessKey());
        execution.setVariable("approved", false);
    }
}
