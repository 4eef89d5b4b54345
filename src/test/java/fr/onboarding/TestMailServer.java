package fr.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;

import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpConnection;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.RcptCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommand;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) for a test context, on a port picked free, so that two suites
 * on one machine never collide. It lives as long as the context and is its bean: tests read the
 * mails it received. A test may stop and start it (an SMTP outage); it comes back on the same port.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail greenMail = smtpServer(freePort());
        greenMail.start();
        context.getBeanFactory().registerSingleton("greenMail", greenMail);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                greenMail.stop();
            }
        });
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + greenMail.getSmtp().getPort())
                .applyTo(context);
    }

    /** A GreenMail SMTP server on that port, not started, that answers as a real mail server does (see below). */
    public static GreenMail smtpServer(int port) {
        // GreenMail logs a line per new recipient: tens of thousands in a benchmark, which filled
        // Surefire's output file until it stopped recording what the benchmark printed.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.icegreen.greenmail.user")).setLevel(Level.WARN);
        return new NoDelayGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** How many SMTP connections clients have opened to a server of {@link #smtpServer} since its creation. */
    public static int connectionsTo(GreenMail server) {
        return ((NoDelayGreenMail) server).connections.get();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }

    /** A recipient whose address starts with this is refused for good ({@code 550}), as a mailbox that does not exist. */
    public static final String REFUSED_RECIPIENT = "refused-by-smtp";

    /**
     * GreenMail answers each SMTP line with its own small write, and with Nagle's algorithm on,
     * every second line waits for the client's delayed acknowledgement: 40 ms, about 50 ms per
     * mail. Its connections here send at once, as a real mail server's do. It also refuses the
     * recipients named {@link #REFUSED_RECIPIENT}, and counts its connections.
     */
    private static final class NoDelayGreenMail extends GreenMail {

        /** Read when a client connects, long after GreenMail's constructor created the server. */
        private final AtomicInteger connections = new AtomicInteger();

        NoDelayGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
            return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(setups[0], managers) {
                @Override
                protected ProtocolHandler createProtocolHandler(Socket client) {
                    connections.incrementAndGet();
                    try {
                        client.setTcpNoDelay(true);
                    } catch (SocketException e) {
                        throw new UncheckedIOException(e);
                    }
                    return new SmtpHandler(new RefusingRegistry(), managers.getSmtpManager(), client);
                }
            });
        }
    }

    private static final class RefusingRegistry extends SmtpCommandRegistry {

        private static final SmtpCommand RCPT = new RcptCommand() {
            @Override
            public void execute(SmtpConnection connection, SmtpState state, SmtpManager manager, String commandLine) {
                if (commandLine.toLowerCase(java.util.Locale.ROOT).contains("<" + REFUSED_RECIPIENT)) {
                    connection.send("550 5.1.1 No such mailbox");
                } else {
                    super.execute(connection, state, manager, commandLine);
                }
            }
        };

        @Override
        public SmtpCommand getCommand(String name) {
            return "RCPT".equalsIgnoreCase(name) ? RCPT : super.getCommand(name);
        }
    }
}
