package fr.onboarding.account.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import fr.onboarding.account.AccountService;

/** Closes the process's account ({@code accountId}) once the activation delay is over. */
@Component("closeUnactivatedAccount")
class CloseUnactivatedAccountDelegate implements JavaDelegate {

    private final AccountService accounts;

    CloseUnactivatedAccountDelegate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accounts.closeUnactivated((String) execution.getVariable("accountId"));
    }
}
