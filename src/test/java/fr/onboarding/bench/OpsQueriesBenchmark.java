package fr.onboarding.bench;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.FreshPostgresDatabase;
import fr.onboarding.Journey;
import fr.onboarding.TestMailServer;

/**
 * The operators' API with many registrations waiting for their activation, on PostgreSQL. Not part
 * of the suite (its name ends in Benchmark); run it with
 * {@code mvn test -Dtest=OpsQueriesBenchmark -Dbench.waiting=100000}. The registrations go through
 * the public API and the engine's job executor (mails included) into database
 * {@code onboarding_bench}, which is kept: a second run only adds what is missing. Figures go to
 * the console and to {@code target/bench/ops-queries.txt}. {@code -Dbench.job-executor=false} measures
 * what is there without the job executor's load (mails still due stay due).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=${bench.job-executor:true}", "camunda.bpm.job-execution.max-pool-size=4",
        "logging.level.root=warn"})
@ContextConfiguration(initializers = {TestMailServer.class, OpsQueriesBenchmark.BenchDatabase.class})
@ActiveProfiles("test")
class OpsQueriesBenchmark {

    private static final int WAITING = Integer.getInteger("bench.waiting", 2000);
    private static final int CALLS = 30;
    private static final String OPERATOR = "benchoperator";
    private static final String PASSWORD = Journey.ENGINE_USER_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> report = new ArrayList<>();

    @Test
    void opsQueriesWithManyWaitingRegistrations() throws Exception {
        FreshPostgresDatabase.requireAutovacuum();
        operator();
        long waiting = waitingForActivation();
        if (waiting < WAITING) {
            seed((int) (WAITING - waiting));
            waiting = waitingForActivation();
        }
        line("Registrations waiting for their activation: %d, unfinished in all: %d (PostgreSQL, database onboarding_bench)",
                waiting, history.createHistoricProcessInstanceQuery().processDefinitionKey("account-registration").unfinished().count());
        line("Rows: act_ru_variable %d, act_ru_execution %d, act_hi_procinst %d, act_hi_actinst %d",
                count("act_ru_variable"), count("act_ru_execution"), count("act_hi_procinst"), count("act_hi_actinst"));
        String someEmail = jdbc.queryForObject("SELECT login_email FROM account WHERE status = 'PENDING_ACTIVATION' LIMIT 1",
                String.class);
        time("GET /api/ops/stuck-activations?olderThan=PT0S (100 listed)", "/api/ops/stuck-activations?olderThan=PT0S");
        time("GET /api/ops/stuck-activations?olderThan=PT0S&limit=500", "/api/ops/stuck-activations?olderThan=PT0S&limit=500");
        time("GET /api/ops/stuck-activations?olderThan=PT24H (none that old)", "/api/ops/stuck-activations?olderThan=PT24H");
        time("GET /api/ops/registrations?loginEmail=...", "/api/ops/registrations?loginEmail=" + someEmail);
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/ops-queries.txt"), report);
    }

    private void operator() {
        if (identity.createUserQuery().userId(OPERATOR).count() == 0) {
            var user = identity.newUser(OPERATOR);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(OPERATOR, "operators");
        }
    }

    private long waitingForActivation() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("account-registration").unfinished()
                .activeActivityIdIn("WaitForActivation").count();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Registers through the API from 4 threads, then lets the job executor send every mail. */
    private void seed(int registrations) throws Exception {
        long start = System.nanoTime();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < registrations; i++) {
            String email = "bench-" + run + "-" + i + "@example.fr";
            clients.submit(() -> {
                if (post("/api/accounts", "{\"loginEmail\":\"" + email + "\",\"loginEmailConfirmation\":\"" + email
                        + "\",\"firstName\":\"Banc\",\"lastName\":\"Essai\",\"termsAccepted\":true,\"language\":\"fr\"}") != 202) {
                    refused.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        while (!clients.awaitTermination(30, TimeUnit.SECONDS)) {
            greenMail.purgeEmailFromAllMailboxes();
        }
        double registered = (System.nanoTime() - start) / 1e9;
        while (management.createJobQuery().messages().executable().count() > 0) {
            greenMail.purgeEmailFromAllMailboxes();
            TimeUnit.SECONDS.sleep(5);
        }
        greenMail.purgeEmailFromAllMailboxes();
        assertThat(refused.get()).isZero();
        line("Seeded %d registrations: API in %.0f s (%.0f/s), mails sent %.0f s later", registrations, registered,
                registrations / registered, (System.nanoTime() - start) / 1e9 - registered);
    }

    private int post(String path, String json) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void time(String label, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((OPERATOR + ":" + PASSWORD).getBytes()))
                .GET().build();
        List<Double> millis = new ArrayList<>();
        for (int call = 0; call < CALLS + 3; call++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(label + ": " + answer.body()).isEqualTo(200);
            if (call >= 3) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        line("%-62s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms", label, millis.get(CALLS / 2),
                millis.get((int) (CALLS * 0.95) - 1), millis.get(CALLS - 1));
    }

    private void line(String format, Object... values) {
        String text = String.format(java.util.Locale.ROOT, format, values);
        System.out.println(text);
        report.add(text);
    }

    /** A PostgreSQL database kept between runs, so that 100,000 registrations are seeded once. */
    static class BenchDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String server = System.getenv().getOrDefault("ONBOARDING_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");
            try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                 Statement statement = admin.createStatement();
                 ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'onboarding_bench'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE onboarding_bench");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the benchmark needs PostgreSQL at " + server, e);
            }
            TestPropertyValues.of("spring.datasource.url=" + server + "onboarding_bench", "spring.datasource.username=postgres",
                    "spring.datasource.password=").applyTo(context);
        }
    }
}
