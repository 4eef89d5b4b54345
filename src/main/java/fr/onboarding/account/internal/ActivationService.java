package fr.onboarding.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.credentials.OneTimeTokens;
import fr.onboarding.credentials.SecretAnswers;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.InvalidInputException.FieldProblem;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;
import fr.onboarding.account.RegistrationMessages;
import fr.onboarding.account.AccountStatus;

/**
 * Following the activation link: showing it never consumes it (mail scanners open links); only
 * a valid submission does, once. Activation tells account-registration by message.
 */
@Service
public class ActivationService {

    private static final int SECRET_MAX_LENGTH = 255;

    private final ActivationTokenRepository tokens;
    private final AccountRepository accounts;
    private final NewPasswordCheck newPassword;
    private final PasswordEncoder passwordEncoder;
    private final SecretAnswers secretAnswers;
    private final RuntimeService runtime;
    private final Clock clock;

    ActivationService(ActivationTokenRepository tokens, AccountRepository accounts, NewPasswordCheck newPassword,
                      PasswordEncoder passwordEncoder, SecretAnswers secretAnswers, RuntimeService runtime, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.newPassword = newPassword;
        this.passwordEncoder = passwordEncoder;
        this.secretAnswers = secretAnswers;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    GeneralInformation describe(String token) {
        Account account = pendingAccountOf(usableToken(token, clock.instant()));
        return new GeneralInformation(account.getLoginEmail(), account.getContactEmail(), account.getFirstName(),
                account.getLastName(), account.getLanguage(), newPassword.minLength());
    }

    private static Optional<FieldProblem> secretProblem(String field, String value) {
        if (value.isBlank()) {
            return Optional.of(new FieldProblem(field, "activation." + field + ".required"));
        }
        return value.length() > SECRET_MAX_LENGTH ? Optional.of(new FieldProblem(field, "activation.secret.tooLong"))
                : Optional.empty();
    }

    @Transactional
    void activate(String token, ActivationForm form) {
        Instant now = clock.instant();
        ActivationToken activationToken = tokens.findForUpdate(OneTimeTokens.hash(token)).filter(t -> t.isUsable(now))
                .orElseThrow(ActivationService::refused);
        Account account = pendingAccountOf(activationToken);
        List<FieldProblem> problems = new ArrayList<>(newPassword.problems(account, form.password(), form.passwordConfirmation()));
        secretProblem("secretQuestion", form.secretQuestion()).ifPresent(problems::add);
        secretProblem("secretAnswer", form.secretAnswer()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.activate(passwordEncoder.encode(form.password()), form.secretQuestion().strip(),
                secretAnswers.hash(form.secretAnswer()), now);
        activationToken.markUsed(now);
        tokens.findByAccountId(account.getId()).forEach(t -> t.revoke(now));
        // Only a registration waiting for its activation takes it (not one still waiting for an approval).
        if (runtime.createMessageCorrelation(RegistrationMessages.ACCOUNT_ACTIVATED).processInstanceBusinessKey(account.getId())
                .correlateAllWithResult().isEmpty()) {
            throw refused();
        }
    }

    private ActivationToken usableToken(String token, Instant now) {
        return tokens.findByTokenHash(OneTimeTokens.hash(token)).filter(t -> t.isUsable(now))
                .orElseThrow(ActivationService::refused);
    }

    private Account pendingAccountOf(ActivationToken token) {
        return accounts.findById(token.getAccountId()).filter(a -> a.getStatus() == AccountStatus.PENDING_ACTIVATION)
                .orElseThrow(ActivationService::refused);
    }

    private static RefusedException refused() {
        return new RefusedException(Reason.NO_LONGER_VALID, "activation.refused");
    }
}
