package fr.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Two nodes of the application on one PostgreSQL database share the work: registrations made on
 * either are mailed once, and each timer fires once, on one of them. The links expire after 5 s
 * here, so that the expiry timer (and the reminder, due at once) fire during the test.
 */
class TwoNodesTest {

    private static final int REGISTRATIONS = 12;

    private final String database = FreshPostgresDatabase.recreate("nodes");
    private final GreenMail smtp = new GreenMail(new ServerSetup(ApplicationProcess.freePort(), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ApplicationProcess> nodes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (ApplicationProcess node : nodes) {
            node.kill();
        }
        smtp.stop();
        FreshPostgresDatabase.drop(database);
    }

    private ApplicationProcess node(String name, Path dataDir) throws Exception {
        int port = ApplicationProcess.freePort();
        List<String> settings = new ArrayList<>(ApplicationProcess.onPostgres(database, smtp.getSmtp().getPort(), port));
        settings.addAll(List.of("onboarding.data-dir=" + dataDir, "onboarding.activation.link-validity=PT5S",
                "camunda.bpm.job-execution.max-wait=2000"));
        ApplicationProcess node = ApplicationProcess.start("two-nodes-" + name, port, settings);
        nodes.add(node);
        return node;
    }

    @Test
    void twoNodesMailEachRegistrationOnceAndFireEachTimerOnce() throws Exception {
        smtp.start();
        // One data directory: both nodes derive the mails' links from the same generated key.
        Path dataDir = Files.createTempDirectory("two-nodes");
        ApplicationProcess first = node("first", dataDir);
        ApplicationProcess second = node("second", dataDir);

        Map<String, String> registered = new HashMap<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            String email = "node-" + i + "-" + ProcessHandle.current().pid() + "@exemple-nodes.fr";
            ApplicationProcess node = i % 2 == 0 ? first : second;
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(node.url("/api/accounts")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ApplicationProcess.registration(email))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(202);
            registered.put(email, answer.body().replaceAll(".*\"accountId\":\"([^\"]+)\".*", "$1"));
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && (expiredLinks() < REGISTRATIONS || !allMailed(registered.keySet()))) {
            Thread.sleep(500);
        }
        Thread.sleep(3000); // time for a duplicate, were there one

        for (String email : registered.keySet()) {
            assertThat(mailsTo(email)).as(email).containsExactlyInAnyOrder(
                    "Chorus Pro : votre compte utilisateur a bien été créé", "Chorus Pro : activez votre compte utilisateur",
                    "Chorus Pro : votre lien d'activation expire bientôt");
        }
        assertThat(expiredLinks()).as("each link's expiry timer fired once").isEqualTo(REGISTRATIONS);
    }

    private boolean allMailed(Iterable<String> emails) throws MessagingException {
        for (String email : emails) {
            if (mailsTo(email).size() < 3) {
                return false;
            }
        }
        return true;
    }

    private List<String> mailsTo(String email) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain(email)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    private long expiredLinks() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM act_hi_actinst WHERE act_id_ = 'ActivationLinkExpired'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
