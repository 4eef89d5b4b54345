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
 * tells the previous and the new address (mails as everywhere: async, retried).
 */
@Service
class PersonalDataUpdates {

    static final String PROCESS_KEY = "contact-email-change";

    private final AccountService accounts;
    private final RuntimeService runtime;

    PersonalDataUpdates(AccountService accounts, RuntimeService runtime) {
        this.accounts = accounts;
        this.runtime = runtime;
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    void update(String accountId, PersonalDataChange change) {
        accounts.update(accountId, change).ifPresent(previousContactEmail -> runtime.startProcessInstanceByKey(
                PROCESS_KEY, accountId, Map.of("accountId", accountId, "previousContactEmail", previousContactEmail)));
    }
}
