package fr.onboarding.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import fr.onboarding.mail.Addressee;
import fr.onboarding.mail.MailLinkIssuer;
import fr.onboarding.mail.MailSettings;
import fr.onboarding.shared.PortalSettings;

/** Renders a mail template in the addressee's language (fr or en) and hands it to SMTP. */
@Component
class MailComposer {

    private static final Logger LOG = LoggerFactory.getLogger(MailComposer.class);

    private final SmtpConnections smtp;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PortalSettings portal;
    /** {@code onboarding.mail.from}, read once. */
    private final InternetAddress sender;

    MailComposer(SmtpConnections smtp, TemplateEngine templates, MessageSource messages,
                 PortalSettings portal, MailSettings settings) {
        this.smtp = smtp;
        this.templates = templates;
        this.messages = messages;
        this.portal = portal;
        this.sender = senderOf(settings.from());
    }

    /**
     * @param deliveryKey the same at every attempt of this mail (or null): it makes the Message-ID,
     *                    so that a mail sent twice after a crash is recognized as one
     */
    void send(String template, String to, Addressee addressee, MailLinkIssuer.IssuedLink link,
              Map<String, Object> processData, String deliveryKey) {
        Locale locale = Locale.forLanguageTag(addressee.language());
        Context context = new Context(locale);
        context.setVariable("addressee", addressee);
        context.setVariable("portalUrl", portal.publicBaseUrl());
        context.setVariable("process", processData);
        PortalTime portalTime = new PortalTime(locale);
        context.setVariable("portalTime", portalTime);
        if (link != null) {
            context.setVariable("link", link.url());
            context.setVariable("linkExpiry", portalTime.format(link.expiresAt()));
        }
        String html = templates.process("mail/" + template, context);
        // A subject may name the process's structure as {0}; without one it is not a MessageFormat pattern.
        Object structureName = processData.get("structureName");
        String subject = messages.getMessage("mail." + template + ".subject",
                structureName == null ? null : new Object[] {structureName}, locale);
        try {
            // Built with Jakarta Mail itself: Spring's MimeMessageHelper reads a MIME type table from
            // its jar anew for each message, a fifth of a mail job's time.
            MimeMessage message = smtp.newMessage();
            message.setFrom(sender);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(html, "UTF-8", "html");
            if (deliveryKey != null) {
                // Kept by SmtpConnections instead of a generated one. The key is hashed: it names a
                // job, whose id tells when and on which node it was made.
                message.setHeader("Message-ID", "<" + sha256(deliveryKey) + "@" + senderDomain() + ">");
            }
            smtp.send(message);
        } catch (MailSendException e) {
            if (!recipientRefusedForGood(e)) {
                throw e;
            }
            // A mailbox the server says does not exist never will: retrying for hours would only
            // hold the process back (the other managers, the review's timers). Told to operators.
            LOG.warn("Mail {} not sent: the SMTP server refused its recipient for good (5xx); it is not retried", template);
        } catch (MessagingException e) {
            throw new MailSendException("could not build mail " + template, e);
        }
    }

    /** SMTP answered 5xx to the recipient (JavaMail lists it among the invalid addresses); a 4xx is worth a retry. */
    private static boolean recipientRefusedForGood(MailSendException failure) {
        List<Throwable> causes = new ArrayList<>(failure.getFailedMessages().values());
        causes.add(failure.getCause());
        return causes.stream().anyMatch(cause -> cause instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The sender, its name encoded for mail headers (RFC 2047) when it is not plain ASCII. */
    private static InternetAddress senderOf(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (AddressException e) {
            throw new IllegalArgumentException("onboarding.mail.from is not a mail address", e);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is part of every JRE", e);
        }
    }

    private String senderDomain() {
        String address = sender.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
