package fr.onboarding.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.onboarding.account.AccountStatus;
import fr.onboarding.account.NewAccount;
import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.structure.Structures;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.InvalidInputException.FieldProblem;

/**
 * Registration: checks what annotations cannot (confirmation, captcha, the structure to create or
 * join), then starts account-registration, whose first step stores the account in this same
 * transaction. Every check runs before the login e-mail is looked at, so that the answer never
 * depends on whether the address is taken.
 */
@Service
class RegistrationService {

    static final String PROCESS_KEY = "account-registration";
    static final String NEW_ACCOUNT = "newAccount";
    static final String STRUCTURE = "registeredStructure";
    static final String ATTACHMENT = "registeredAttachment";

    private final RuntimeService runtime;
    private final CaptchaService captchas;
    private final Structures structures;
    private final TransactionTemplate transaction;

    RegistrationService(RuntimeService runtime, CaptchaService captchas, Structures structures,
                        TransactionTemplate transaction) {
        this.runtime = runtime;
        this.captchas = captchas;
        this.structures = structures;
        this.transaction = transaction;
    }

    RegistrationResponse register(RegistrationRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!request.loginEmail().strip().equalsIgnoreCase(request.loginEmailConfirmation().strip())) {
            problems.add(new FieldProblem("loginEmailConfirmation", "registration.loginEmailConfirmation.mismatch"));
        }
        if (request.structure() != null && request.attachment() != null) {
            problems.add(new FieldProblem("attachment", "registration.structureOrAttachment"));
        }
        if (!captchas.verify(request.captchaId(), request.captchaAnswer())) {
            problems.add(new FieldProblem("captchaAnswer", "captcha.wrong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (request.structure() != null) {
            structures.check(request.structure());
        }
        if (request.attachment() != null) {
            structures.check(request.attachment());
        }
        VariableMap variables = Variables.createVariables().putValueTyped(NEW_ACCOUNT, transientJson(normalise(request)));
        if (request.structure() != null) {
            variables.putValueTyped(STRUCTURE, transientJson(request.structure()));
        }
        if (request.attachment() != null) {
            variables.putValueTyped(ATTACHMENT, transientJson(request.attachment()));
        }
        try {
            return start(variables);
        } catch (DataIntegrityViolationException concurrentRegistration) {
            // The same address (or structure) registered at the same instant: once more, it is now seen as taken.
            return start(variables);
        }
    }

    private RegistrationResponse start(VariableMap variables) {
        String registrationId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> runtime.startProcessInstanceByKey(PROCESS_KEY, registrationId, variables));
        return new RegistrationResponse(registrationId, AccountStatus.PENDING_ACTIVATION);
    }

    /** Handed to the first step only: never written to the engine's tables. */
    private static ObjectValue transientJson(Object value) {
        return Variables.objectValue(value, true).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
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
