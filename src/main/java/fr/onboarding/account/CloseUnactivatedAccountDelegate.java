package fr.onboarding.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
