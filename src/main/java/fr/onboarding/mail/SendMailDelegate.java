package fr.onboarding.mail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one mail-sending step of every process. The BPMN gives, as input parameters:
 * {@code mailTemplate} (a template under templates/mail/), {@code mailRecipient} (LOGIN_EMAIL or
 * CONTACT_EMAIL), optionally {@code mailAccountId} (defaults to the process's {@code accountId})
 * and {@code mailLink} (the name of a {@link MailLinkIssuer}). Runs after an async continuation:
 * an SMTP failure is thrown, so the engine retries and finally raises an incident.
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
        String accountId = execution.hasVariable("mailAccountId")
                ? (String) execution.getVariable("mailAccountId")
                : (String) execution.getVariable("accountId");
        Addressee addressee = directory.find(accountId)
                .orElseThrow(() -> new IllegalStateException("no account " + accountId + " to mail"));
        MailLinkIssuer.IssuedLink link = null;
        if (execution.hasVariable("mailLink")) {
            String issuer = (String) execution.getVariable("mailLink");
            MailLinkIssuer linkIssuer = linkIssuers.get(issuer);
            if (linkIssuer == null) {
                throw new IllegalStateException("no link issuer named " + issuer);
            }
            link = linkIssuer.issue(accountId);
        }
        composer.send(template, addressee.address(recipient), addressee, link);
    }
}
