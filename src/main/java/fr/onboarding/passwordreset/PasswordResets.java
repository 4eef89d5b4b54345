package fr.onboarding.passwordreset;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;
import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.credentials.LoginFailures;
import fr.onboarding.credentials.OneTimeTokens;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;

/**
 * "Mot de passe oublié ?": the request starts password-reset (which mails a reset link, or a new
 * activation link to an account not yet activated, or nothing, and answers the same in every
 * case); the link shows the secret question and, answered right, sets a new password.
 */
@Service
class PasswordResets {

    static final String PROCESS_KEY = "password-reset";
    static final String LOGIN_EMAIL = "loginEmail";

    private final RuntimeService runtime;
    private final CaptchaService captchas;
    private final PasswordResetTokenRepository tokens;
    private final AccountService accounts;
    private final LoginFailures loginFailures;
    private final PasswordResetSettings settings;
    private final Clock clock;

    PasswordResets(RuntimeService runtime, CaptchaService captchas, PasswordResetTokenRepository tokens,
                   AccountService accounts, LoginFailures loginFailures, PasswordResetSettings settings, Clock clock) {
        this.runtime = runtime;
        this.captchas = captchas;
        this.tokens = tokens;
        this.accounts = accounts;
        this.loginFailures = loginFailures;
        this.settings = settings;
        this.clock = clock;
    }

    /** Always the same answer; the login e-mail reaches the process only as a transient variable. */
    @Transactional
    String request(String loginEmail, String captchaId, String captchaAnswer) {
        if (!captchas.verify(captchaId, captchaAnswer)) {
            throw InvalidInputException.of("captchaAnswer", "captcha.wrong");
        }
        String requestId = UUID.randomUUID().toString();
        runtime.startProcessInstanceByKey(PROCESS_KEY, requestId, Variables.createVariables()
                .putValueTyped(LOGIN_EMAIL, Variables.stringValue(loginEmail.strip().toLowerCase(Locale.ROOT), true)));
        return requestId;
    }

    /** What the link's page shows: the account's secret question, in the account's language. */
    record LinkPage(String secretQuestion, String language) {
    }

    @Transactional(readOnly = true)
    LinkPage linkPage(String token) {
        String accountId = usable(tokens.findByTokenHash(OneTimeTokens.hash(token)), clock.instant()).getAccountId();
        return new LinkPage(accounts.secretQuestion(accountId), accounts.get(accountId).language());
    }

    /**
     * A wrong answer is counted even though the call fails, and burns the link at the limit; a
     * right one with a password the policy accepts sets it, uses the link and lifts a log-in lock.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    void reset(String token, ResetForm form) {
        Instant now = clock.instant();
        PasswordResetToken resetToken = usable(tokens.findForUpdate(OneTimeTokens.hash(token)), now);
        String accountId = resetToken.getAccountId();
        if (!accounts.isSecretAnswer(accountId, form.secretAnswer())) {
            resetToken.wrongAnswer(settings.maxWrongAnswers(), now);
            throw InvalidInputException.of("secretAnswer", "passwordReset.secretAnswer.wrong");
        }
        accounts.changePassword(accountId, form.password(), form.passwordConfirmation());
        resetToken.markUsed(now);
        loginFailures.clear(accounts.get(accountId).loginEmail());
    }

    private PasswordResetToken usable(Optional<PasswordResetToken> found, Instant now) {
        return found.filter(t -> t.isUsable(now))
                .filter(t -> accounts.get(t.getAccountId()).status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new RefusedException(Reason.NO_LONGER_VALID, "passwordReset.refused"));
    }

    record ResetForm(String secretAnswer, String password, String passwordConfirmation) {
    }
}
