package fr.onboarding.passwordreset;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.onboarding.account.Account;
import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;

/**
 * First step of password-reset: the account of the login e-mail handed over as the transient
 * variable {@code loginEmail}; writes {@code resetTarget} and, when found, {@code accountId}.
 */
@Component("findAccountToReset")
class FindAccountToResetDelegate implements JavaDelegate {

    private final AccountService accounts;

    FindAccountToResetDelegate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResetTarget target = ResetTarget.NONE;
        var holder = accounts.findHolderOf((String) execution.getVariable(PasswordResets.LOGIN_EMAIL));
        if (holder.isPresent()) {
            Account account = accounts.get(holder.get());
            if (account.getStatus() == AccountStatus.ACTIVE) {
                target = ResetTarget.ACTIVE_ACCOUNT;
            } else if (account.getStatus() == AccountStatus.PENDING_ACTIVATION && accounts.awaitsActivation(account.getId())) {
                target = ResetTarget.PENDING_ACCOUNT;
            }
            if (target != ResetTarget.NONE) {
                execution.setVariable("accountId", account.getId());
            }
        }
        execution.setVariable("resetTarget", target.name());
    }
}
