package fr.onboarding.account.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.onboarding.account.RegistrationMessages;

/**
 * Asks the registration of account {@code accountId} (the registration's business key) for a new activation link: the registration
 * sends it and restarts its link timer. Sets {@code activationLinkRequested}: false when no
 * registration waits for its activation any more (activated, closed, or still being approved),
 * a case for the BPMN to follow, not an error.
 */
@Component("requestActivationLink")
class RequestActivationLinkDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        // Without an account, nothing is asked: a correlation without business key would reach every registration.
        boolean requested = accountId != null && !runtime.createMessageCorrelation(RegistrationMessages.ACTIVATION_LINK_REQUESTED)
                .processInstanceBusinessKey(accountId).correlateAllWithResult().isEmpty();
        execution.setVariable("activationLinkRequested", requested);
    }
}
