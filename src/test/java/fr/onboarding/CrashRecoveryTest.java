package fr.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Fault test: the application, on PostgreSQL, is killed ({@code kill -9}) while people register,
 * then started again. Every registration it acknowledged is there, account and process, and gets
 * its two mails; nothing is half-created. The application runs in a JVM of its own, on this test's
 * class path; the SMTP server (GreenMail) lives in the test's JVM and so outlives it.
 */
class CrashRecoveryTest {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\"accountId\":\"([0-9a-f-]{36})\"");

    private final String database = FreshPostgresDatabase.recreate("crash");
    private final GreenMail smtp = TestMailServer.smtpServer(ApplicationProcess.freePort());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ApplicationProcess node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.kill();
        }
        smtp.stop();
        FreshPostgresDatabase.drop(database);
    }

    /** The application as in production: PostgreSQL, a real SMTP server. */
    private ApplicationProcess start(int port, Path dataDir, String name) throws Exception {
        List<String> settings = new java.util.ArrayList<>(ApplicationProcess.onPostgres(database, smtp.getSmtp().getPort(), port));
        settings.addAll(List.of("onboarding.data-dir=" + dataDir,
                // The dead node's jobs are free again after 10 s, and an idle node looks for jobs every 5 s at most:
                // what is tested is that nothing is lost, not how long production's 60 s lock delays it.
                "camunda.bpm.job-execution.lock-time-in-millis=10000", "camunda.bpm.job-execution.max-wait=5000"));
        return ApplicationProcess.start("crash-recovery-" + name, port, settings);
    }

    @Test
    void everyAcknowledgedRegistrationSurvivesAKillAndGetsItsMails() throws Exception {
        smtp.start();
        int port = ApplicationProcess.freePort();
        Path dataDir = Files.createTempDirectory("crash-recovery");
        node = start(port, dataDir, "first");

        Map<String, String> acknowledged = Collections.synchronizedMap(new java.util.HashMap<>());
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int client = 0; client < 4; client++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    String email = "crash-" + UUID.randomUUID() + "@exemple-crash.fr";
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(node.url("/api/accounts")))
                                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(ApplicationProcess.registration(email))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher id = ACCOUNT_ID.matcher(answer.body());
                        if (answer.statusCode() == 202 && id.find()) {
                            acknowledged.put(email, id.group(1));
                        }
                    } catch (IOException | InterruptedException cut) {
                        // the node died under this request: it was never acknowledged
                    }
                }
            });
        }
        Thread.sleep(4000);
        ApplicationProcess killedNode = node;
        killedNode.kill();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).isNotEmpty();

        node = start(port, dataDir, "restarted");
        System.out.println("crash recovery: " + acknowledged.size() + " acknowledged, restarted at " + Instant.now());
        // Seconds are enough once the dead node's locks expire: a job that failed (a pool exhausted, say)
        // would wait for its retry, a minute, and fail this test.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && !allMailed(acknowledged.keySet())) {
            Thread.sleep(1000);
        }

        System.out.println("crash recovery: waited until " + Instant.now());
        Set<String> accounts = column("SELECT id FROM account");
        Set<String> registrations = column("SELECT business_key_ FROM act_hi_procinst WHERE proc_def_key_ = 'account-registration'");
        assertThat(accounts).containsAll(acknowledged.values());
        assertThat(registrations).as("every account has its registration process").containsAll(accounts);
        assertThat(accounts).as("every registration process has its account").containsAll(registrations);
        for (Map.Entry<String, String> registered : acknowledged.entrySet()) {
            String email = registered.getKey();
            assertThat(subjectsAndIdsTo(email)).as(email + " " + column("SELECT j.handler_cfg_ || ' retries ' || j.retries_"
                    + " || ' lock ' || coalesce(j.lock_exp_time_::text, '-') || ' due ' || coalesce(j.duedate_::text, '-')"
                    + " || ' ' || coalesce(j.exception_msg_, '') FROM act_ru_job j JOIN act_ru_execution e"
                    + " ON e.id_ = j.process_instance_id_ WHERE e.business_key_ = '" + registered.getValue() + "'")
                    + " ended at " + column("SELECT end_act_id_ || ' ' || coalesce(end_time_::text, 'running') FROM act_hi_procinst"
                    + " WHERE business_key_ = '" + registered.getValue() + "'"))
                    .containsOnlyKeys(
                    "Chorus Pro : votre compte utilisateur a bien été créé", "Chorus Pro : activez votre compte utilisateur")
                    .allSatisfy((subject, messageIds) -> assertThat(messageIds).as("a mail sent again is the same mail").hasSize(1));
        }
    }

    private boolean allMailed(Set<String> emails) throws MessagingException {
        for (String email : emails) {
            if (subjectsAndIdsTo(email).size() < 2) {
                return false;
            }
        }
        return true;
    }

    /** Subject → the distinct Message-IDs of the mails received by that address. */
    private Map<String, Set<String>> subjectsAndIdsTo(String email) throws MessagingException {
        Map<String, Set<String>> mails = new java.util.HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain(email)) {
            mails.computeIfAbsent(mail.getSubject(), subject -> new HashSet<>()).add(mail.getMessageID());
        }
        return mails;
    }

    private Set<String> column(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            Set<String> values = new HashSet<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
