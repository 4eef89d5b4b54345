package fr.onboarding;

import org.springframework.stereotype.Component;

/**
 * Durations the BPMN reads as expressions ({@code ${durations.accountValidity}}), so that an
 * operator changes a timer in configuration, never in the XML.
 */
@Component("durations")
public class ProcessDurations {

    private final OnboardingProperties properties;

    public ProcessDurations(OnboardingProperties properties) {
        this.properties = properties;
    }

    /** ISO-8601 duration after which an account never activated is closed. */
    public String getAccountValidity() {
        return properties.activation().accountValidity().toString();
    }

    /** ISO-8601 duration after which the managers are reminded of a pending attachment request. */
    public String getAttachmentReminder() {
        return properties.attachment().reminderAfter().toString();
    }

    /** ISO-8601 duration after which an undecided attachment request expires. */
    public String getAttachmentExpiry() {
        return properties.attachment().expiresAfter().toString();
    }

    /** ISO-8601 repeating interval of the retries of every mail job. */
    public String getMailRetryCycle() {
        return properties.mail().retryCycle();
    }
}
