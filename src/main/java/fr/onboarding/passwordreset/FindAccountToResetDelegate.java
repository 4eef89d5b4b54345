package fr.onboarding.passwordreset;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.onboarding.account.AccountService;

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
        Optional<String> holder = accounts.findHolderOf((String) execution.getVariable(PasswordResets.LOGIN_EMAIL));
        ResetTarget target = holder.map(accountId -> switch (accounts.linkToSend(accountId)) {
            case PASSWORD_RESET -> ResetTarget.ACTIVE_ACCOUNT;
            case NEW_ACTIVATION_LINK -> ResetTarget.PENDING_ACCOUNT;
            case NONE -> ResetTarget.NONE;
        }).orElse(ResetTarget.NONE);
        if (target != ResetTarget.NONE) {
            execution.setVariable("accountId", holder.get());
        }
        execution.setVariable("resetTarget", target.name());
    }
}
