package fr.onboarding.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.web.InvalidInputException;
import fr.onboarding.web.InvalidInputException.FieldProblem;

/**
 * Registration: checks what annotations cannot (confirmation, captcha), then starts
 * account-registration, whose first step stores the account in this same transaction.
 */
@Service
class RegistrationService {

    static final String PROCESS_KEY = "account-registration";
    static final String NEW_ACCOUNT = "newAccount";

    private final RuntimeService runtime;
    private final CaptchaService captchas;
    private final TransactionTemplate transaction;

    RegistrationService(RuntimeService runtime, CaptchaService captchas, TransactionTemplate transaction) {
        this.runtime = runtime;
        this.captchas = captchas;
        this.transaction = transaction;
    }

    RegistrationResponse register(RegistrationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!request.loginEmail().strip().equalsIgnoreCase(request.loginEmailConfirmation().strip())) {
            problems.add(new FieldProblem("loginEmailConfirmation", "registration.loginEmailConfirmation.mismatch"));
        }
        if (!captchas.verify(request.captchaId(), request.captchaAnswer())) {
            problems.add(new FieldProblem("captchaAnswer", "captcha.wrong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewAccount newAccount = normalise(request);
        try {
            return start(newAccount);
        } catch (DataIntegrityViolationException concurrentRegistration) {
            // The same address registered at the same instant: once more, the address is now seen as taken.
            return start(newAccount);
        }
    }

    private RegistrationResponse start(NewAccount newAccount) {
        String registrationId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> runtime.startProcessInstanceByKey(PROCESS_KEY, registrationId,
                Variables.createVariables().putValueTyped(NEW_ACCOUNT, Variables.objectValue(newAccount, true)
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())));
        return new RegistrationResponse(registrationId, AccountStatus.PENDING_ACTIVATION);
    }

    private static NewAccount normalise(RegistrationRequest request) {
        String loginEmail = request.loginEmail().strip().toLowerCase(Locale.ROOT);
        String contactEmail = request.contactEmail() == null || request.contactEmail().isBlank()
                ? loginEmail : request.contactEmail().strip().toLowerCase(Locale.ROOT);
        String phone = request.phone() == null || request.phone().isBlank() ? null : request.phone().strip();
        return new NewAccount(loginEmail, contactEmail, request.firstName().strip(), request.lastName().strip(),
                phone, request.language(), Boolean.TRUE.equals(request.surveyConsent()));
    }
}
