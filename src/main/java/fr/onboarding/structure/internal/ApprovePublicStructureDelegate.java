package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;

/** Support accepted: the structure of the business key is created and its requester is its primary manager. */
@Component("approvePublicStructure")
class ApprovePublicStructureDelegate implements JavaDelegate {

    private final StructureService structures;
    private final AccountService accounts;

    ApprovePublicStructureDelegate(StructureService structures, AccountService accounts) {
        this.structures = structures;
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String structureId = execution.getProcessBusinessKey();
        AccountStatus creator = accounts.get(structures.creatorAccountId(structureId)).status();
        structures.approvePublicStructure(structureId, creator == AccountStatus.ACTIVE);
    }
}
