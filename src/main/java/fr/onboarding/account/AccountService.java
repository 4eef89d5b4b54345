package fr.onboarding.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.mail.Addressee;
import fr.onboarding.mail.AddresseeDirectory;

/** The account's life outside activation: creation at registration, closing, erasure, reading. */
@Service
public class AccountService implements AddresseeDirectory {

    private final AccountRepository accounts;
    private final ActivationTokenRepository tokens;
    private final Clock clock;

    AccountService(AccountRepository accounts, ActivationTokenRepository tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The id of the account that holds this login e-mail, if any (pending, active, or closed but not yet erased). */
    @Transactional(readOnly = true)
    public Optional<String> findHolderOf(String loginEmail) {
        return accounts.findByLoginEmail(loginEmail).map(Account::getId);
    }

    @Transactional
    public void create(String id, NewAccount data) {
        accounts.saveAndFlush(new Account(id, data, clock.instant()));
    }

    /** The active account of this (lower-case) login e-mail, if any. */
    @Transactional(readOnly = true)
    public Optional<Account> findActive(String loginEmail) {
        return accounts.findByLoginEmail(loginEmail).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public Account get(String accountId) {
        return accounts.findById(accountId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Addressee> find(String accountId) {
        return accounts.findById(accountId).filter(a -> a.getLoginEmail() != null).map(a -> new Addressee(
                a.getLoginEmail(), a.getContactEmail(), a.getFirstName(), a.getLastName(), a.getLanguage()));
    }

    /** Closes an account that was never activated; its links die with it. An active account is left alone. */
    @Transactional
    public void closeUnactivated(String accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.getStatus() != AccountStatus.PENDING_ACTIVATION) {
            return;
        }
        account.close(clock.instant());
        tokens.findByAccountId(accountId).forEach(t -> t.revoke(clock.instant()));
    }

    /** Erases what identifies the person of a closed account and frees its login e-mail. */
    @Transactional
    public void erasePersonalData(String accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.getStatus() != AccountStatus.CLOSED) {
            throw new IllegalStateException("only a closed account is erased, not " + account.getStatus());
        }
        account.erasePersonalData();
    }
}
