package fr.onboarding.mail.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The dev mode's SMTP server: the application mails itself, so that a person can read the
 * mails on /dev/mails and click the activation link without any mail server. Only with
 * {@code onboarding.mail-sink.enabled} (the README's run command); otherwise the application talks
 * to the SMTP server of {@code spring.mail.*} and never binds its port.
 */
@Component
@ConditionalOnProperty(name = "onboarding.mail-sink.enabled", havingValue = "true")
class DevMailSink implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DevMailSink.class);

    private final GreenMail greenMail;

    DevMailSink(MailProperties mail) {
        greenMail = new GreenMail(new ServerSetup(mail.getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        log.info("Mail sink listening on 127.0.0.1:{}; received mails are shown on /dev/mails", mail.getPort());
    }

    List<ReceivedMail> receivedMails() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(DevMailSink::toReceivedMail)
                .sorted(Comparator.comparing(ReceivedMail::receivedAt).reversed())
                .toList();
    }

    private static ReceivedMail toReceivedMail(MimeMessage message) {
        try {
            return new ReceivedMail(message.getReceivedDate() == null ? message.getSentDate() : message.getReceivedDate(),
                    Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(", ")), message.getSubject(), decodedBody(message));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("unreadable mail in the sink", e);
        }
    }

    private static String decodedBody(MimeMessage message) throws MessagingException, java.io.IOException {
        return message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }

    record ReceivedMail(Date receivedAt, String to, String subject, String html) {
    }
}
