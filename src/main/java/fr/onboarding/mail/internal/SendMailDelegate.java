package fr.onboarding.mail.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;
import fr.onboarding.mail.Addressee;
import fr.onboarding.mail.AddresseeDirectory;
import fr.onboarding.mail.MailLinkIssuer;

/**
 * The one mail-sending step of every process. The BPMN gives, as input parameters:
 * {@code mailTemplate} (a template under templates/mail/), {@code mailRecipient} (see
 * {@link Recipient}), optionally {@code mailAccountId} (defaults to the process's
 * {@code accountId}) and {@code mailLink} (the name of a {@link MailLinkIssuer}; the link's expiry
 * is then the task's local {@code mailLinkExpiresAt}, for an output mapping). Templates also
 * see the process's variables as {@code process} (ids and outcomes: a structure's name, a refusal
 * reason). Runs after an async continuation: an SMTP failure is thrown, so the engine retries and
 * finally raises an incident.
 *
 * <p>A mail goes out once per job, however often the job runs: once SMTP has accepted it, a mark
 * committed on its own ({@link MailDeliveries}) makes a retry skip the sending, and the retry's link
 * is the same as the first attempt's (see {@link MailLinkIssuer#issue}). A crash between SMTP and the
 * mark sends the mail again, with the same link and the same Message-ID, by which mail readers
 * recognize a duplicate.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

    private final AddresseeDirectory directory;
    private final MailComposer composer;
    private final MailDeliveries deliveries;
    private final Map<String, MailLinkIssuer> linkIssuers;

    SendMailDelegate(AddresseeDirectory directory, MailComposer composer, MailDeliveries deliveries,
                     List<MailLinkIssuer> linkIssuers) {
        this.directory = directory;
        this.composer = composer;
        this.deliveries = deliveries;
        this.linkIssuers = linkIssuers.stream().collect(Collectors.toMap(MailLinkIssuer::name, Function.identity()));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = (String) execution.getVariable("mailTemplate");
        Recipient recipient = Recipient.valueOf((String) execution.getVariable("mailRecipient"));
        Map<String, Object> processData = execution.getVariables();
        String deliveryKey = deliveryKey(execution);
        if (recipient == Recipient.TICKET_REQUESTER) {
            String address = (String) execution.getVariable("requesterEmail");
            Addressee requester = new Addressee(address, address, null, null, (String) execution.getVariable("requesterLanguage"), null);
            deliverOnce(deliveryKey, () -> composer.send(template, address, requester, null, processData, deliveryKey));
            return;
        }
        String mailAccountId = optional(execution, "mailAccountId");
        String accountId = mailAccountId != null ? mailAccountId : (String) execution.getVariable("accountId");
        Addressee addressee = addressee(accountId);
        String linkName = optional(execution, "mailLink");
        MailLinkIssuer.IssuedLink link = linkName != null ? linkIssuer(linkName).issue(accountId, deliveryKey) : null;
        if (link != null) {
            // For the BPMN's output mapping: the activation wait times the link with it.
            execution.setVariableLocal("mailLinkExpiresAt", Date.from(link.expiresAt()));
        }
        String to = recipient == Recipient.PREVIOUS_CONTACT_EMAIL
                ? (String) execution.getVariable("previousContactEmail") : recipient.addressOf(addressee);
        Addressee greeted = recipient.greetsByName() ? addressee : addressee.withoutNames();
        deliverOnce(deliveryKey, () -> composer.send(template, to, greeted, link, processData, deliveryKey));
    }

    /**
     * An optional input: absent, or left empty as Modeler's mail template writes "none" (the engine
     * then gives the input the value null), it is null.
     */
    private static String optional(DelegateExecution execution, String name) {
        return (String) execution.getVariable(name);
    }

    /**
     * The same at every attempt of this mail: the engine's job (its id survives retries and restarts)
     * and the task sending it. Null when no job runs the task, which the BPMN never does.
     */
    private static String deliveryKey(DelegateExecution execution) {
        CommandContext command = Context.getCommandContext();
        JobEntity job = command == null ? null : command.getCurrentJob();
        return job == null ? null : job.getId() + '.' + execution.getCurrentActivityId();
    }

    private void deliverOnce(String deliveryKey, Runnable send) {
        if (deliveryKey == null) {
            send.run();
            return;
        }
        if (!deliveries.delivered(deliveryKey)) {
            send.run();
            deliveries.recordDelivered(deliveryKey);
        }
        deliveries.forget(deliveryKey);
    }

    private Addressee addressee(String accountId) {
        return directory.find(accountId)
                .orElseThrow(() -> new IllegalStateException("no account " + accountId + " to mail"));
    }

    private MailLinkIssuer linkIssuer(String name) {
        MailLinkIssuer issuer = linkIssuers.get(name);
        if (issuer == null) {
            throw new IllegalStateException("no link issuer named " + name);
        }
        return issuer;
    }
}
