package fr.onboarding.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of account-registration, in the request's transaction: stores the new account, or,
 * when the login e-mail is taken, points the process at the account that holds it (so that its
 * owner is told, and the caller learns nothing). Reads the registration from the transient
 * variable {@code newAccount}; writes {@code loginEmailTaken} and {@code accountId} or
 * {@code existingAccountId}.
 */
@Component("registerAccount")
class RegisterAccountDelegate implements JavaDelegate {

    private final AccountService accounts;

    RegisterAccountDelegate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NewAccount newAccount = (NewAccount) execution.getVariable(RegistrationService.NEW_ACCOUNT);
        var holder = accounts.findHolderOf(newAccount.loginEmail());
        execution.setVariable("loginEmailTaken", holder.isPresent());
        if (holder.isPresent()) {
            execution.setVariable("existingAccountId", holder.get());
        } else {
            accounts.create(execution.getProcessBusinessKey(), newAccount);
            execution.setVariable("accountId", execution.getProcessBusinessKey());
        }
    }
}
