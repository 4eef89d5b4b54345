package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The account {@code accountId} is closed unactivated: the structure it was creating and its pending requests go. */
@Component("abandonPendingRequests")
class AbandonPendingRequestsDelegate implements JavaDelegate {

    private final StructureService structures;

    AbandonPendingRequestsDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        structures.abandonPendingOf((String) execution.getVariable("accountId"));
    }
}
