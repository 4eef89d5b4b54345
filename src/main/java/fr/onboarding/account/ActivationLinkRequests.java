package fr.onboarding.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The one way to ask a registration for a new activation link (forgot password, support,
 * operators): the registration sends it and restarts its timer. A link sent less than
 * {@link #FOLD} ago answers the request instead: a second one would only kill it, and requests
 * made at once (a double click, a retry after a clash between two of them) must give one link.
 */
@Service
public class ActivationLinkRequests {

    static final Duration FOLD = Duration.ofMinutes(5);

    private final RuntimeService runtime;
    private final Clock clock;

    ActivationLinkRequests(@Lazy RuntimeService runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
    }

    /** False when no registration of that account waits for a link (activated, closed, being approved). */
    public boolean request(String accountId) {
        ProcessInstance registration = runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId)
                .variableValueGreaterThan("activationLinksSent", 0L).singleResult();
        if (registration == null) {
            return false;
        }
        if (runtime.getVariable(registration.getId(), "activationLinkSentAt") instanceof Date sentAt
                && sentAt.toInstant().isAfter(clock.instant().minus(FOLD))) {
            return true;
        }
        try {
            return !runtime.createMessageCorrelation(RegistrationMessages.ACTIVATION_LINK_REQUESTED)
                    .processInstanceId(registration.getId()).correlateAllWithResult().isEmpty();
        } catch (OptimisticLockingException concurrentRequest) {
            return true; // another request moved the registration at the same moment: its link is on its way
        }
    }
}
