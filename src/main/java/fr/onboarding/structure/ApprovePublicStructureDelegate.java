package fr.onboarding.structure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Support accepted: the structure of the business key is created and its requester is its primary manager. */
@Component("approvePublicStructure")
class ApprovePublicStructureDelegate implements JavaDelegate {

    private final StructureService structures;

    ApprovePublicStructureDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.approvePublicStructure(execution.getProcessBusinessKey());
    }
}
