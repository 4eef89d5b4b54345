package fr.onboarding.myaccount;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.PersonalDataChange;
import fr.onboarding.shared.InvalidInputException;

/**
 * Updates personal data; a new contact e-mail starts process {@code contact-email-change}, which
 * tells the previous and the new address; a new login e-mail starts {@code login-email-change},
 * which mails the proving link to the new address and tells the current one (mails as everywhere:
 * async, retried).
 */
@Service
class PersonalDataUpdates {

    static final String CONTACT_EMAIL_CHANGE = "contact-email-change";
    static final String LOGIN_EMAIL_CHANGE = "login-email-change";

    private final AccountService accounts;
    private final RuntimeService runtime;

    PersonalDataUpdates(AccountService accounts, RuntimeService runtime) {
        this.accounts = accounts;
        this.runtime = runtime;
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    void update(String accountId, PersonalDataChange change) {
        AccountService.PersonalDataUpdate update = accounts.update(accountId, change);
        if (update.previousContactEmail() != null) {
            runtime.startProcessInstanceByKey(CONTACT_EMAIL_CHANGE, accountId,
                    Map.of("accountId", accountId, "previousContactEmail", update.previousContactEmail()));
        }
        if (update.loginEmailChangeRequested()) {
            runtime.startProcessInstanceByKey(LOGIN_EMAIL_CHANGE, accountId, Map.of("accountId", accountId));
        }
    }
}
