package fr.onboarding.supportticket;

/** What a support ticket is about. */
enum TicketCategory {
    /** "Je n'ai pas reçu le courriel d'activation": support may send a new activation link. */
    ACTIVATION_EMAIL_NOT_RECEIVED,
    OTHER
}
