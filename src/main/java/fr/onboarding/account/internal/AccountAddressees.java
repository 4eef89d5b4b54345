package fr.onboarding.account.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.mail.Addressee;
import fr.onboarding.mail.AddresseeDirectory;

/** Tells the mail module who an account's mails go to, read when the mail is sent. */
@Component
class AccountAddressees implements AddresseeDirectory {

    private final AccountRepository accounts;

    AccountAddressees(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Addressee> find(String accountId) {
        return accounts.findById(accountId).filter(a -> a.getLoginEmail() != null).map(a -> new Addressee(
                a.getLoginEmail(), a.getContactEmail(), a.getFirstName(), a.getLastName(), a.getLanguage(),
                a.getPendingLoginEmail()));
    }
}
