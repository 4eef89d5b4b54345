package fr.onboarding.bench;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.ApplicationProcess;
import fr.onboarding.FreshPostgresDatabase;
import fr.onboarding.TestMailServer;

/**
 * The expiry drain: that many registrations whose "account not activated in time" timers fall due
 * at once, as after an outage longer than their delay. How long until every account is closed
 * (and mailed so), on one node and on two, and whether each closed once.
 *
 * <p>Set-up: one node on a fresh PostgreSQL database takes the registrations through the API (32
 * clients) and sends their mails; it is stopped; the closing timers' due date is moved to now in the
 * engine's job table (the state a long outage leaves), and the database is copied for the two-node
 * run. Then one node, or two, start on it, and the closings are counted from the engine's history.
 * Not part of the suite: {@code mvn test -Dtest=ExpiryDrainBenchmark [-Dbench.expiries=10000]};
 * writes target/expiry-drain-benchmark.json.
 */
class ExpiryDrainBenchmark {

    private static final int EXPIRIES = Integer.getInteger("bench.expiries", 10_000);
    private static final String CLOSING_TIMER = "ActivationDelayExpired";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<ApplicationProcess> nodes = new ArrayList<>();
    private GreenMail smtp;
    private Path dataDir;

    @Test
    void measure() throws Exception {
        FreshPostgresDatabase.requireAutovacuum();
        String oneNode = FreshPostgresDatabase.recreate("expiry");
        String twoNodes = null;
        smtp = TestMailServer.smtpServer(ApplicationProcess.freePort());
        smtp.start();
        dataDir = Files.createTempDirectory("expiry-drain");
        try {
            figures.put("expiries", EXPIRIES);
            figures.put("setUpSeconds", registerAndMail(oneNode));
            figures.put("closingTimersDue", makeClosingTimersDue(oneNode));
            twoNodes = FreshPostgresDatabase.copy(oneNode, "expiry_two");
            figures.put("oneNode", drain(oneNode, 1));
            figures.put("twoNodes", drain(twoNodes, 2));
        } finally {
            stopNodes();
            smtp.stop();
            FreshPostgresDatabase.drop(oneNode);
            if (twoNodes != null) {
                FreshPostgresDatabase.drop(twoNodes);
            }
        }
        Files.writeString(Path.of("target", "expiry-drain-benchmark.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
        System.out.println("\nExpiry drain benchmark (PostgreSQL, GreenMail): target/expiry-drain-benchmark.json");
        figures.forEach((name, value) -> System.out.printf("  %-20s %s%n", name, value));
    }

    /** The registrations, through the API, and their two mails each: seconds it took. */
    private double registerAndMail(String database) throws Exception {
        long starting = System.nanoTime();
        ApplicationProcess node = startNode("expiry-set-up", database);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < 32; client++) {
            done.add(clients.submit(() -> {
                while (next.getAndIncrement() < EXPIRIES) {
                    String email = "expiry-" + UUID.randomUUID() + "@exemple-bench.fr";
                    int status = http.send(HttpRequest.newBuilder(URI.create(node.url("/api/accounts")))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(ApplicationProcess.registration(email))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 202) {
                        throw new IllegalStateException("registration answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();
        while (smtp.getReceivedMessages().length < 2 * EXPIRIES) {
            if (System.nanoTime() - starting > 3600e9) {
                throw new IllegalStateException("the set-up's mails did not go out within an hour");
            }
            Thread.sleep(500);
        }
        stopNodes();
        return round((System.nanoTime() - starting) / 1e9);
    }

    /** Every closing timer due now, as after an outage longer than the account's validity. */
    private int makeClosingTimersDue(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate("UPDATE act_ru_job SET duedate_ = now() - interval '1 minute'"
                    + " WHERE handler_type_ = 'timer-transition' AND handler_cfg_ LIKE '" + CLOSING_TIMER + "%'");
        }
    }

    /**
     * That many nodes start on that database: seconds from their launch until every account is
     * closed, and until every closing is mailed; closings counted (once each?) and incidents.
     */
    private Map<String, Object> drain(String database, int nodeCount) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        long launching = System.nanoTime();
        ExecutorService starting = Executors.newFixedThreadPool(nodeCount);
        List<Future<ApplicationProcess>> launched = new ArrayList<>();
        for (int node = 0; node < nodeCount; node++) {
            String name = "expiry-" + nodeCount + "-nodes-" + node;
            launched.add(starting.submit(() -> startNode(name, database)));
        }
        Map<String, Object> run = new LinkedHashMap<>();
        for (Future<ApplicationProcess> node : launched) {
            node.get();
        }
        starting.shutdown();
        run.put("readySeconds", round((System.nanoTime() - launching) / 1e9));
        while (count(database, "CloseUnactivatedAccount") < EXPIRIES && System.nanoTime() - launching < 1800e9) {
            Thread.sleep(250);
        }
        run.put("allClosedSeconds", round((System.nanoTime() - launching) / 1e9));
        while (count(database, "AccountClosed") < EXPIRIES && System.nanoTime() - launching < 1800e9) {
            Thread.sleep(250);
        }
        run.put("allClosedAndMailedSeconds", round((System.nanoTime() - launching) / 1e9));
        Thread.sleep(2000); // time for a second closing, were there one
        run.put("closings", count(database, "CloseUnactivatedAccount"));
        run.put("registrationsClosed", single(database, "SELECT count(DISTINCT proc_inst_id_) FROM act_hi_actinst"
                + " WHERE act_id_ = 'CloseUnactivatedAccount' AND end_time_ IS NOT NULL"));
        run.put("closedMails", smtp.getReceivedMessages().length);
        run.put("incidents", single(database, "SELECT count(*) FROM act_ru_incident"));
        stopNodes();
        return run;
    }

    private ApplicationProcess startNode(String name, String database) throws Exception {
        int port = ApplicationProcess.freePort();
        List<String> settings = new ArrayList<>(ApplicationProcess.onPostgres(database, smtp.getSmtp().getPort(), port));
        settings.add("onboarding.data-dir=" + dataDir);
        ApplicationProcess node = ApplicationProcess.start(name, port, settings);
        synchronized (nodes) {
            nodes.add(node);
        }
        return node;
    }

    private void stopNodes() throws InterruptedException {
        synchronized (nodes) {
            for (ApplicationProcess node : nodes) {
                node.kill();
            }
            nodes.clear();
        }
    }

    /** Ended passages through that BPMN element. */
    private static long count(String database, String activity) throws SQLException {
        return single(database, "SELECT count(*) FROM act_hi_actinst WHERE act_id_ = '" + activity + "' AND end_time_ IS NOT NULL");
    }

    private static long single(String database, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
