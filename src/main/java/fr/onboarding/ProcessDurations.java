package fr.onboarding;

import org.springframework.stereotype.Component;
import fr.onboarding.account.ActivationSettings;
import fr.onboarding.structure.AttachmentSettings;
import fr.onboarding.structure.PublicStructureSettings;
import fr.onboarding.supportticket.SupportTicketSettings;

/**
 * Durations the BPMN reads as expressions ({@code ${durations.accountValidity}}), so that an
 * operator changes a timer in configuration, never in the XML.
 */
@Component("durations")
public class ProcessDurations {

    private final ActivationSettings activation;
    private final AttachmentSettings attachment;
    private final PublicStructureSettings publicStructure;
    private final SupportTicketSettings supportTicket;

    ProcessDurations(ActivationSettings activation, AttachmentSettings attachment, PublicStructureSettings publicStructure,
                     SupportTicketSettings supportTicket) {
        this.supportTicket = supportTicket;
        this.activation = activation;
        this.attachment = attachment;
        this.publicStructure = publicStructure;
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

    /** ISO-8601 duration after which support's review of a public structure is due (late in Tasklist). */
    public String getPublicStructureReviewDue() {
        return publicStructure.reviewDueAfter().toString();
    }

    /** ISO-8601 duration after which a public structure support has not decided lapses. */
    public String getPublicStructureReviewExpiry() {
        return publicStructure.reviewExpiresAfter().toString();
    }

    /** ISO-8601 duration after which support's handling of a ticket is due (late in Tasklist). */
    public String getSupportTicketDue() {
        return supportTicket.dueAfter().toString();
    }

    /** ISO-8601 duration after which a ticket support has not handled is closed, and its requester told. */
    public String getSupportTicketExpiry() {
        return supportTicket.expiresAfter().toString();
    }
}
