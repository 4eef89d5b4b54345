package fr.onboarding.mail;

import java.time.Instant;

/**
 * Issues the link a mail carries (activation, password reset...). Called inside the mail job's
 * transaction: if the job fails, the new token rolls back with it, and the job's retry issues it again.
 */
public interface MailLinkIssuer {

    /** The name the BPMN gives in {@code mailLink}. */
    String name();

    /**
     * @param retryKey the same at every attempt of one mail job, or null: the same key gives the same
     *                 link, so that a mail the retry sends again carries a link that works
     */
    IssuedLink issue(String accountId, String retryKey);

    record IssuedLink(String url, Instant expiresAt) {
    }
}
