package fr.onboarding.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.internal.Account;
import fr.onboarding.account.internal.AccountRepository;
import fr.onboarding.account.internal.ActivationTokenRepository;
import fr.onboarding.account.internal.NewPasswordCheck;
import fr.onboarding.credentials.LoginGuard;
import fr.onboarding.credentials.SecretAnswers;
import fr.onboarding.shared.EmailAddresses;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;
import fr.onboarding.shared.InvalidInputException.FieldProblem;

/** The account's life outside activation: creation at registration, closing, erasure, reading. */
@Service
public class AccountService {

    /** Checked against when no account matches, so that an unknown login costs what a known one does. */
    private volatile String noAccountHash;

    private final AccountRepository accounts;
    private final ActivationTokenRepository tokens;
    private final NewPasswordCheck newPassword;
    private final PasswordEncoder passwordEncoder;
    private final SecretAnswers secretAnswers;
    private final RuntimeService runtime;
    private final LoginGuard loginGuard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, ActivationTokenRepository tokens, NewPasswordCheck newPassword,
                   PasswordEncoder passwordEncoder, SecretAnswers secretAnswers, @Lazy RuntimeService runtime,
                   LoginGuard loginGuard, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.newPassword = newPassword;
        this.passwordEncoder = passwordEncoder;
        this.secretAnswers = secretAnswers;
        this.runtime = runtime;
        this.loginGuard = loginGuard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * "Mes informations personnelles": names, phone, language, contact e-mail; the login e-mail and
     * the password only with the current password. A new login e-mail only waits for its proof:
     * the link mailed to it, whether or not an account already holds it (nothing here tells).
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public PersonalDataUpdate update(String accountId, PersonalDataChange change) {
        Account account = accounts.findById(accountId).orElseThrow();
        boolean sensitive = change.loginEmail() != null || change.newPassword() != null;
        if (sensitive) {
            requireCurrentPassword(account, change.currentPassword());
        }
        if (change.newPassword() != null) {
            changePassword(accountId, change.newPassword(), change.newPasswordConfirmation());
        }
        boolean loginEmailRequested = change.loginEmail() != null && !change.loginEmail().equals(account.getLoginEmail());
        if (change.loginEmail() != null) {
            // Asking for the current address withdraws a pending request: its link dies with it.
            account.requestLoginEmailChange(loginEmailRequested ? change.loginEmail() : null);
        }
        String previousContact = account.getContactEmail();
        account.updatePersonalData(or(change.firstName(), account.getFirstName()), or(change.lastName(), account.getLastName()),
                change.phone() == null ? account.getPhone() : blankToNull(change.phone()),
                or(change.language(), account.getLanguage()), or(change.contactEmail(), previousContact));
        return new PersonalDataUpdate(previousContact.equals(account.getContactEmail()) ? null : previousContact,
                loginEmailRequested);
    }

    /** The language (fr or en) the person switched the portal to while logged in: its mails follow. */
    @Transactional
    public void useLanguage(String accountId, String language) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.updatePersonalData(account.getFirstName(), account.getLastName(), account.getPhone(), language,
                account.getContactEmail());
    }

    /** What an update asks the processes to tell: the contact e-mail left, and whether a login e-mail waits for its proof. */
    public record PersonalDataUpdate(String previousContactEmail, boolean loginEmailChangeRequested) {
    }

    /** The current password guards like a log-in: wrong ones count towards the lock, and a locked account is refused. */
    private void requireCurrentPassword(Account account, String currentPassword) {
        if (!loginGuard.attempt(account.getLoginEmail(), null, () -> matchesPassword(account, currentPassword))) {
            throw InvalidInputException.of("currentPassword", "account.currentPassword.wrong");
        }
    }

    /**
     * Checks a log-in's password against the active account of that login e-mail. Costs one hash
     * whether or not such an account exists, so that timing tells nothing.
     */
    @Transactional(readOnly = true)
    public boolean isPasswordOfActiveAccount(String loginEmail, String password) {
        Optional<Account> account = !EmailAddresses.couldBeLogin(loginEmail) ? Optional.empty()
                : accounts.findByLoginEmail(loginEmail.strip().toLowerCase(Locale.ROOT))
                        .filter(a -> a.getStatus() == AccountStatus.ACTIVE);
        return matchesPassword(account.orElse(null), password);
    }

    private boolean matchesPassword(Account account, String password) {
        if (password == null) {
            return false;
        }
        if (account == null || account.getPasswordHash() == null) {
            passwordEncoder.matches(password, noAccountHash());
            return false;
        }
        return passwordEncoder.matches(password, account.getPasswordHash());
    }

    private String noAccountHash() {
        if (noAccountHash == null) {
            noAccountHash = passwordEncoder.encode(UUID.randomUUID().toString());
        }
        return noAccountHash;
    }

    private static String or(String value, String current) {
        return value == null || value.isBlank() ? current : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    /**
     * The one rule of which link may be mailed to an account. A new activation link only to a
     * registration that waits for its activation now, with its link valid or expired: not while a
     * manager or support still has to approve it, so that no activation link goes round that approval.
     */
    @Transactional(readOnly = true)
    public LinkToSend linkToSend(String accountId) {
        Account account = accounts.findById(accountId).orElse(null);
        if (account == null) {
            return LinkToSend.NONE;
        }
        if (account.getStatus() == AccountStatus.ACTIVE) {
            return LinkToSend.PASSWORD_RESET;
        }
        boolean awaitsActivation = account.getStatus() == AccountStatus.PENDING_ACTIVATION
                && runtime.createExecutionQuery().processInstanceBusinessKey(account.getId())
                        .messageEventSubscriptionName(RegistrationMessages.ACTIVATION_LINK_REQUESTED).count() > 0;
        return awaitsActivation ? LinkToSend.NEW_ACTIVATION_LINK : LinkToSend.NONE;
    }

    /** The question the person chose at activation. */
    @Transactional(readOnly = true)
    public String secretQuestion(String accountId) {
        return accounts.findById(accountId).orElseThrow().getSecretQuestion();
    }

    /** Whether this is the answer to the account's secret question (case, accents and spaces aside). */
    @Transactional(readOnly = true)
    public boolean isSecretAnswer(String accountId, String answer) {
        return answer != null && secretAnswers.matches(answer, accounts.findById(accountId).orElseThrow().getSecretAnswerHash());
    }

    /**
     * Sets a new password after the policy; an {@link InvalidInputException} lists what is wrong
     * with it, and leaves the caller's transaction alone (a reset still counts a wrong answer).
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void changePassword(String accountId, String password, String confirmation) {
        Account account = accounts.findById(accountId).orElseThrow();
        List<FieldProblem> problems = newPassword.problems(account, password, confirmation);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwordEncoder.encode(password));
        events.publishEvent(new PasswordChanged(accountId));
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

    /** The active account of this login e-mail, if any. */
    @Transactional(readOnly = true)
    public Optional<AccountView> findActive(String loginEmail) {
        if (!EmailAddresses.couldBeLogin(loginEmail)) {
            return Optional.empty();
        }
        return accounts.findByLoginEmail(loginEmail.strip().toLowerCase(Locale.ROOT))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE).map(Account::view);
    }

    @Transactional(readOnly = true)
    public AccountView get(String accountId) {
        return accounts.findById(accountId).orElseThrow().view();
    }

    /** The account, unless it is gone or its personal data was erased. */
    @Transactional(readOnly = true)
    public Optional<AccountView> find(String accountId) {
        return accounts.findById(accountId).filter(a -> a.getLoginEmail() != null).map(Account::view);
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
