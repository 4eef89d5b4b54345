package fr.onboarding.mail;

import java.time.Instant;

/**
 * Issues the link a mail carries (activation, password reset...). Called inside the mail job's
 * transaction: if sending fails, the new token rolls back with it.
 */
public interface MailLinkIssuer {

    /** The name the BPMN gives in {@code mailLink}. */
    String name();

    IssuedLink issue(String accountId);

    record IssuedLink(String url, Instant expiresAt) {
    }
}
