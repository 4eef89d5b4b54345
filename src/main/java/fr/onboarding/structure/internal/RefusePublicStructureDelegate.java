package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Support refused: the requested structure of the business key is dropped, its identifier free again. */
@Component("refusePublicStructure")
class RefusePublicStructureDelegate implements JavaDelegate {

    private final StructureService structures;

    RefusePublicStructureDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.discardPublicStructure(execution.getProcessBusinessKey());
    }
}
