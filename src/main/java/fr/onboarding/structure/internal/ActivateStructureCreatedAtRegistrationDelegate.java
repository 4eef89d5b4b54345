package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The account {@code accountId} is activated: a structure it created at registration becomes real. */
@Component("activateStructureCreatedAtRegistration")
class ActivateStructureCreatedAtRegistrationDelegate implements JavaDelegate {

    private final StructureService structures;

    ActivateStructureCreatedAtRegistrationDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.activateCreatedAtRegistration((String) execution.getVariable("accountId"));
    }
}
