package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import fr.onboarding.shared.ReviewDecision;

/** Support's decision on a public structure; the structure is the process's business key. */
@Component("publicStructureReviewDecision")
class PublicStructureReviewDecision extends ReviewDecision {

    private final StructureService structures;

    PublicStructureReviewDecision(StructureService structures) {
        this.structures = structures;
    }

    @Override
    protected void restoreTrustedVariables(String structureId, DelegateTask task) {
        task.getExecution().setVariable("structureId", structureId);
        task.getExecution().setVariable("accountId", structures.creatorAccountId(structureId));
    }
}
