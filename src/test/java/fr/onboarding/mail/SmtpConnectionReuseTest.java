package fr.onboarding.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;
import fr.onboarding.TestMailServer;

/**
 * Mails go out over an SMTP connection kept open: one job after another, they share it, instead of
 * a connection (greeting, EHLO, perhaps TLS) for each. A server that went away is reconnected to.
 */
@JourneyTest
class SmtpConnectionReuseTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    Journey journey;

    @Test
    void mailsSentOneAfterAnotherShareOneConnection() {
        int connectionsBefore = TestMailServer.connectionsTo(greenMail);
        List<String> emails = IntStream.range(0, 3).mapToObj(i -> Journey.uniqueEmail()).toList();
        emails.forEach(journey::register);

        journey.runDueJobs();

        emails.forEach(email -> assertThat(Journey.mailsTo(greenMail, email)).hasSize(2));
        assertThat(TestMailServer.connectionsTo(greenMail) - connectionsBefore).as("connections for six mails").isLessThanOrEqualTo(1);
    }

    @Test
    void aServerThatRestartedIsConnectedToAgain() {
        String before = Journey.uniqueEmail();
        journey.register(before);
        journey.runDueJobs();
        greenMail.stop();
        greenMail.start();

        String after = Journey.uniqueEmail();
        journey.register(after);
        journey.runDueJobs();

        assertThat(Journey.mailsTo(greenMail, after)).hasSize(2);
    }
}
