package fr.onboarding.attachment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.onboarding.structure.StructureService;

/** Nobody decided in time: the membership {@code membershipId} expires, which a waiting registration reads as not approved. */
@Component("expireAttachment")
class ExpireAttachmentDelegate implements JavaDelegate {

    private final StructureService structures;

    ExpireAttachmentDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.expireAttachment((String) execution.getVariable("membershipId"));
        execution.setVariable("approved", false);
    }
}
