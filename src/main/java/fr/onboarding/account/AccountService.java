package fr.onboarding.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.credentials.LoginFailures;
import fr.onboarding.credentials.SecretAnswers;
import fr.onboarding.mail.Addressee;
import fr.onboarding.mail.AddresseeDirectory;
import fr.onboarding.web.InvalidInputException;
import fr.onboarding.web.ProblemException;
import fr.onboarding.web.InvalidInputException.FieldProblem;

/** The account's life outside activation: creation at registration, closing, erasure, reading. */
@Service
public class AccountService implements AddresseeDirectory {

    private final AccountRepository accounts;
    private final ActivationTokenRepository tokens;
    private final NewPasswordCheck newPassword;
    private final PasswordEncoder passwordEncoder;
    private final SecretAnswers secretAnswers;
    private final RuntimeService runtime;
    private final LoginFailures loginFailures;
    private final Clock clock;

    AccountService(AccountRepository accounts, ActivationTokenRepository tokens, NewPasswordCheck newPassword,
                   PasswordEncoder passwordEncoder, SecretAnswers secretAnswers, @Lazy RuntimeService runtime,
                   LoginFailures loginFailures, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.newPassword = newPassword;
        this.passwordEncoder = passwordEncoder;
        this.secretAnswers = secretAnswers;
        this.runtime = runtime;
        this.loginFailures = loginFailures;
        this.clock = clock;
    }

    /**
     * "Mes informations personnelles": names, phone, language, contact e-mail; the login e-mail and
     * the password only with the current password. Answers the previous contact e-mail when it changed.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public Optional<String> update(String accountId, PersonalDataChange change) {
        Account account = get(accountId);
        boolean sensitive = change.loginEmail() != null || change.newPassword() != null;
        if (sensitive) {
            requireCurrentPassword(account, change.currentPassword());
        }
        if (change.newPassword() != null) {
            changePassword(accountId, change.newPassword(), change.newPasswordConfirmation());
        }
        if (change.loginEmail() != null && !change.loginEmail().equals(account.getLoginEmail())) {
            if (accounts.existsByLoginEmail(change.loginEmail())) {
                throw new ProblemException(HttpStatus.CONFLICT, "account.loginEmail.taken.title", "account.loginEmail.taken.detail");
            }
            account.changeLoginEmail(change.loginEmail());
        }
        String previousContact = account.getContactEmail();
        account.updatePersonalData(or(change.firstName(), account.getFirstName()), or(change.lastName(), account.getLastName()),
                change.phone() == null ? account.getPhone() : blankToNull(change.phone()),
                or(change.language(), account.getLanguage()), or(change.contactEmail(), previousContact));
        return previousContact.equals(account.getContactEmail()) ? Optional.empty() : Optional.of(previousContact);
    }

    /** The current password guards like a log-in: wrong ones count towards the lock, and a locked account is refused. */
    private void requireCurrentPassword(Account account, String currentPassword) {
        boolean locked = loginFailures.isLocked(account.getLoginEmail(), null);
        boolean right = isPassword(account.getId(), currentPassword);
        if (locked || !right) {
            if (!locked) {
                loginFailures.failed(account.getLoginEmail(), null);
            }
            throw InvalidInputException.of("currentPassword", "account.currentPassword.wrong");
        }
    }

    private static String or(String value, String current) {
        return value == null || value.isBlank() ? current : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    /**
     * Whether the account's registration waits for its activation now: not while a manager or
     * support still has to approve it, so that no activation link goes round that approval.
     */
    @Transactional(readOnly = true)
    public boolean awaitsActivation(String accountId) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(accountId)
                .messageEventSubscriptionName(ActivationService.ACCOUNT_ACTIVATED).count() > 0;
    }

    /** Whether this is the answer to the account's secret question (case, accents and spaces aside). */
    @Transactional(readOnly = true)
    public boolean isSecretAnswer(String accountId, String answer) {
        return answer != null && secretAnswers.matches(answer, get(accountId).getSecretAnswerHash());
    }

    /** Whether this is the account's current password. */
    @Transactional(readOnly = true)
    public boolean isPassword(String accountId, String password) {
        Account account = get(accountId);
        return password != null && account.getPasswordHash() != null && passwordEncoder.matches(password, account.getPasswordHash());
    }

    /**
     * Sets a new password after the policy; an {@link InvalidInputException} lists what is wrong
     * with it, and leaves the caller's transaction alone (a reset still counts a wrong answer).
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void changePassword(String accountId, String password, String confirmation) {
        Account account = get(accountId);
        List<FieldProblem> problems = newPassword.problems(account, password, confirmation);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwordEncoder.encode(password));
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
