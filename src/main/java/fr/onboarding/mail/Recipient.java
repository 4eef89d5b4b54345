package fr.onboarding.mail;

/** Which of the account's addresses a mail goes to (the BPMN names it in {@code mailRecipient}). */
public enum Recipient {
    LOGIN_EMAIL,
    CONTACT_EMAIL
}
