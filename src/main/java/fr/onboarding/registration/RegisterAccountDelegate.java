package fr.onboarding.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.onboarding.account.NewAccount;
import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.NewStructure;

/**
 * First step of account-registration, in the request's transaction: stores what the registration
 * asks ({@link Registrations}), read from the transient variables the API handed over.
 */
@Component("registerAccount")
class RegisterAccountDelegate implements JavaDelegate {

    private final Registrations registrations;

    RegisterAccountDelegate(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(registrations.record(execution.getProcessBusinessKey(),
                (NewAccount) execution.getVariable(RegistrationService.NEW_ACCOUNT),
                (NewStructure) execution.getVariable(RegistrationService.STRUCTURE),
                (AttachmentWish) execution.getVariable(RegistrationService.ATTACHMENT)));
    }
}
