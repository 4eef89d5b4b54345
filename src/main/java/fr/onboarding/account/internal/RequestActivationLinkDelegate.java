package fr.onboarding.account.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.onboarding.account.ActivationLinkRequests;

/**
 * Asks the registration of account {@code accountId} for a new activation link
 * ({@link ActivationLinkRequests}). Sets {@code activationLinkRequested}: false when no
 * registration waits for one any more (activated, closed, or still being approved), a case for
 * the BPMN to follow, not an error. Without an account, nothing is asked.
 */
@Component("requestActivationLink")
class RequestActivationLinkDelegate implements JavaDelegate {

    private final ActivationLinkRequests links;

    RequestActivationLinkDelegate(ActivationLinkRequests links) {
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        execution.setVariable("activationLinkRequested", accountId != null && links.request(accountId));
    }
}
