package fr.onboarding.structure.internal;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The start listeners of the review processes: they load what the review form and the mails show
 * (names, e-mails, the structure) from the ids the process is started with. A registration that
 * calls a review passes ids only, so its own variables never hold personal data.
 */
@Configuration(proxyBeanMethods = false)
class ReviewDataListeners {

    /** structure-attachment, from {@code membershipId}. */
    @Bean
    ExecutionListener attachmentReviewData(AttachmentRequests requests) {
        return execution -> execution.setVariables(requests.reviewVariables((String) execution.getVariable("membershipId")));
    }

    /** public-structure-approval, from {@code structureId} and the requester's {@code accountId}. */
    @Bean
    ExecutionListener publicStructureReviewData(PublicStructureRequests requests) {
        return execution -> execution.setVariables(requests.reviewVariables((String) execution.getVariable("structureId"),
                (String) execution.getVariable("accountId")));
    }
}
