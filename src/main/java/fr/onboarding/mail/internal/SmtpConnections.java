package fr.onboarding.mail.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Date;
import java.util.Deque;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.net.SocketFactory;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends mails over SMTP connections kept open from one mail to the next (spring.mail.* says where
 * and how), instead of a connection, a greeting and an EHLO (and a TLS handshake with STARTTLS) for
 * each mail as Spring's sender does. A connection serves one mail at a time; before each it is
 * checked (NOOP), and one that waited longer than {@link #IDLE_LIMIT} (well before servers drop
 * idle clients) is closed instead of used. Nothing closes idle connections in the background: after
 * a burst a few stay open until the next mails or the server's own timeout. A connection that
 * fails is closed, and the mail's job fails, to be retried by the engine.
 *
 * <p>Sockets have TCP_NODELAY: the last bytes of a mail larger than a buffer would otherwise wait
 * for the server's delayed acknowledgement (40 ms on Linux) before they leave.
 */
@Component
class SmtpConnections implements DisposableBean {

    static final Duration IDLE_LIMIT = Duration.ofSeconds(30);

    private final JavaMailSenderImpl server;
    private final Session session;
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();

    private record Idle(Transport transport, long since) {
    }

    SmtpConnections(JavaMailSenderImpl server) {
        this.server = server;
        Properties properties = new Properties();
        properties.putAll(server.getJavaMailProperties());
        String protocol = server.getProtocol();
        // With implicit TLS (smtps, or ssl.enable) JavaMail makes its own TLS sockets; leave it be.
        if ("smtp".equals(protocol) && !Boolean.parseBoolean(properties.getProperty("mail.smtp.ssl.enable"))) {
            properties.put("mail.smtp.socketFactory", new NoDelaySockets());
        }
        this.session = Session.getInstance(properties);
    }

    MimeMessage newMessage() {
        return new MimeMessage(session);
    }

    /** Hands the mail to SMTP; a refused recipient or a broken connection is a {@link MailSendException}. */
    void send(MimeMessage message) {
        Transport transport = connection();
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            // saveChanges() would replace a Message-ID set beforehand (see MailComposer).
            String messageId = message.getMessageID();
            message.saveChanges();
            if (messageId != null) {
                message.setHeader("Message-ID", messageId);
            }
            transport.sendMessage(message, message.getAllRecipients());
            idle.push(new Idle(transport, System.nanoTime()));
        } catch (SendFailedException refused) {
            close(transport);
            throw new MailSendException(Map.of(message, refused));
        } catch (MessagingException failed) {
            close(transport);
            throw new MailSendException("SMTP failed", failed);
        }
    }

    /** The most recently used open connection, or a new one. */
    private Transport connection() {
        for (Idle candidate = idle.poll(); candidate != null; candidate = idle.poll()) {
            if (System.nanoTime() - candidate.since() < IDLE_LIMIT.toNanos() && candidate.transport().isConnected()) {
                return candidate.transport();
            }
            close(candidate.transport());
        }
        try {
            Transport transport = session.getTransport(server.getProtocol());
            transport.connect(server.getHost(), server.getPort(), server.getUsername(), server.getPassword());
            return transport;
        } catch (AuthenticationFailedException refused) {
            throw new MailAuthenticationException(refused);
        } catch (MessagingException unreachable) {
            throw new MailSendException("could not connect to SMTP", unreachable);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException alreadyBroken) {
            // nothing to keep
        }
    }

    @Override
    public void destroy() {
        for (Idle connection = idle.poll(); connection != null; connection = idle.poll()) {
            close(connection.transport());
        }
    }

    /** Plain sockets with TCP_NODELAY (STARTTLS later wraps them, keeping it). */
    static final class NoDelaySockets extends SocketFactory {

        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(new Socket(host, port, local, localPort));
        }
    }
}
