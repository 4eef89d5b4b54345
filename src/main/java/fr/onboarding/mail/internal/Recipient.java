package fr.onboarding.mail.internal;

import fr.onboarding.mail.Addressee;

/** Who a mail goes to (the BPMN names it in {@code mailRecipient}). */
public enum Recipient {
    /** The account's login address (creation, activation). */
    LOGIN_EMAIL,
    /** The account's contact address: where notifications go. */
    CONTACT_EMAIL,
    /** The login address an account asked for and has not proven yet: the link that proves it goes there. */
    PENDING_LOGIN_EMAIL,
    /** The contact address an account just left, in the process variable {@code previousContactEmail}. */
    PREVIOUS_CONTACT_EMAIL,
    /** Whoever wrote a support ticket: {@code requesterEmail} in {@code requesterLanguage}, account or not. */
    TICKET_REQUESTER;

    /**
     * Whether the mail may greet the account holder by name. Not at an address the account has not
     * proven: whoever reads it may be someone else (an address taken by another account, a typo).
     */
    boolean greetsByName() {
        return this != PENDING_LOGIN_EMAIL;
    }

    /** The login address for {@link #LOGIN_EMAIL}, the requested one for {@link #PENDING_LOGIN_EMAIL}; notifications go to the contact address. */
    String addressOf(Addressee addressee) {
        return switch (this) {
            case LOGIN_EMAIL -> addressee.loginEmail();
            case PENDING_LOGIN_EMAIL -> addressee.pendingLoginEmail();
            default -> addressee.contactEmail();
        };
    }
}
