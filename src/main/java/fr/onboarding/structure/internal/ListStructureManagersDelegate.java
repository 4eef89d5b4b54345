package fr.onboarding.structure.internal;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/**
 * The managers of the structure asked for (the request is the business key), as they are now:
 * {@code managerAccountIds}, one mail job each, so that a failure re-sends to nobody already told.
 */
@Component("listStructureManagers")
class ListStructureManagersDelegate implements JavaDelegate {

    private final StructureService structures;

    ListStructureManagersDelegate(StructureService structures) {
        this.structures = structures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String structureId = structures.getMembership(execution.getProcessBusinessKey()).getStructureId();
        execution.setVariable("managerAccountIds", new ArrayList<>(structures.managerAccountIds(structureId)));
    }
}
