package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import fr.onboarding.shared.ReviewDecision;
import fr.onboarding.structure.ManagersGroup;

/** The managers' decision on an attachment request; the request is the process's business key. */
@Component("attachmentReviewDecision")
class AttachmentReviewDecision extends ReviewDecision {

    private final StructureService structures;

    AttachmentReviewDecision(StructureService structures) {
        this.structures = structures;
    }

    @Override
    protected void restoreTrustedVariables(String membershipId, DelegateTask task) {
        Membership membership = structures.getMembership(membershipId);
        task.getExecution().setVariable("membershipId", membership.getId());
        task.getExecution().setVariable("accountId", membership.getAccountId());
        task.getExecution().setVariable("structureId", membership.getStructureId());
        task.getExecution().setVariable("managersGroup", ManagersGroup.of(membership.getStructureId()));
    }
}
