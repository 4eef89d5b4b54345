package fr.onboarding.mail.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

    private final AddresseeDirectory directory;
    private final MailComposer composer;
    private final Map<String, MailLinkIssuer> linkIssuers;

    SendMailDelegate(AddresseeDirectory directory, MailComposer composer, List<MailLinkIssuer> linkIssuers) {
        this.directory = directory;
        this.composer = composer;
        this.linkIssuers = linkIssuers.stream().collect(Collectors.toMap(MailLinkIssuer::name, Function.identity()));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = (String) execution.getVariable("mailTemplate");
        Recipient recipient = Recipient.valueOf((String) execution.getVariable("mailRecipient"));
        Map<String, Object> processData = execution.getVariables();
        if (recipient == Recipient.TICKET_REQUESTER) {
            String address = (String) execution.getVariable("requesterEmail");
            Addressee requester = new Addressee(address, address, null, null, (String) execution.getVariable("requesterLanguage"), null);
            composer.send(template, address, requester, null, processData);
            return;
        }
        String accountId = (String) (execution.hasVariable("mailAccountId")
                ? execution.getVariable("mailAccountId") : execution.getVariable("accountId"));
        Addressee addressee = addressee(accountId);
        MailLinkIssuer.IssuedLink link = execution.hasVariable("mailLink")
                ? linkIssuer((String) execution.getVariable("mailLink")).issue(accountId) : null;
        if (link != null) {
            // For the BPMN's output mapping: the activation wait times the link with it.
            execution.setVariableLocal("mailLinkExpiresAt", Date.from(link.expiresAt()));
        }
        String to = recipient == Recipient.PREVIOUS_CONTACT_EMAIL
                ? (String) execution.getVariable("previousContactEmail") : recipient.addressOf(addressee);
        composer.send(template, to, recipient.greetsByName() ? addressee : addressee.withoutNames(), link, processData);
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
