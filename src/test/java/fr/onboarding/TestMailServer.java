package fr.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

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
        GreenMail greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }
}
