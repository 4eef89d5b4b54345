package fr.onboarding.account.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import fr.onboarding.account.AccountService;

/** Erases the personal data of the closed account {@code accountId}; its login e-mail is free again. */
@Component("eraseAccount")
class EraseAccountDelegate implements JavaDelegate {

    private final AccountService accounts;

    EraseAccountDelegate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accounts.erasePersonalData((String) execution.getVariable("accountId"));
    }
}
