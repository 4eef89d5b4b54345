package fr.onboarding;

import org.springframework.stereotype.Component;
import fr.onboarding.account.ActivationSettings;
import fr.onboarding.mail.MailSettings;
import fr.onboarding.structure.AttachmentSettings;

/**
 * Durations the BPMN reads as expressions ({@code ${durations.accountValidity}}), so that an
 * operator changes a timer in configuration, never in the XML.
 */
@Component("durations")
public class ProcessDurations {

    private final ActivationSettings activation;
    private final AttachmentSettings attachment;
    private final MailSettings mail;

    ProcessDurations(ActivationSettings activation, AttachmentSettings attachment, MailSettings mail) {
        this.activation = activation;
        this.attachment = attachment;
        this.mail = mail;
    }

    /** ISO-8601 duration after which an account never activated is closed. */
    public String getAccountValidity() {
        return activation.accountValidity().toString();
    }

    /** ISO-8601 duration after which the managers are reminded of a pending attachment request. */
    public String getAttachmentReminder() {
        return attachment.reminderAfter().toString();
    }

    /** ISO-8601 duration after which an undecided attachment request expires. */
    public String getAttachmentExpiry() {
        return attachment.expiresAfter().toString();
    }

    /** ISO-8601 repeating interval of the retries of every mail job. */
    public String getMailRetryCycle() {
        return mail.retryCycle();
    }
}
