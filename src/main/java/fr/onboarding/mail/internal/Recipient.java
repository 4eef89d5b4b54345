package fr.onboarding.mail.internal;

import fr.onboarding.mail.Addressee;

/** Who a mail goes to (the BPMN names it in {@code mailRecipient}). */
public enum Recipient {
    /** The account's login address (creation, activation). */
    LOGIN_EMAIL,
    /** The account's contact address: where notifications go. */
    CONTACT_EMAIL,
    /** The contact address an account just left, in the process variable {@code previousContactEmail}. */
    PREVIOUS_CONTACT_EMAIL,
    /** Whoever wrote a support ticket: {@code requesterEmail} in {@code requesterLanguage}, account or not. */
    TICKET_REQUESTER;

    /** The login address for {@link #LOGIN_EMAIL}; notifications go to the contact address. */
    String addressOf(Addressee addressee) {
        return this == LOGIN_EMAIL ? addressee.loginEmail() : addressee.contactEmail();
    }
}
