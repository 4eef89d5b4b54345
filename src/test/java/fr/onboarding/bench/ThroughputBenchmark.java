package fr.onboarding.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.ApplicationProcess;
import fr.onboarding.FreshPostgresDatabase;
import fr.onboarding.TestMailServer;
import fr.onboarding.Journey;

/**
 * The engine's figures as in production, in one run: the application in a JVM of its own on the
 * local PostgreSQL (a fresh database, dropped after), mails to a local SMTP server (GreenMail),
 * captcha and rate limits off, each address fresh. Measures
 * <ul>
 * <li>start-up, and resident memory after the registration runs;</li>
 * <li>registrations at 1, 8 and 32 clients (acknowledged per second, p50, p99), and how long
 * their mails then take to go out;</li>
 * <li>a bare one-user-task process started through the engine's REST API at 32 clients, the
 * yardstick of what the journey adds;</li>
 * <li>end to end: registrations whose two mails went out, per second, over a longer load, with the
 * mail backlog sampled every 10 s;</li>
 * <li>activations at 8 clients, against the rate at which this machine computes their two Argon2id
 * hashes (password and secret answer) alone ({@link HashRate});</li>
 * <li>the operators' queries (stuck registrations, look-up by e-mail) with every registration of
 * the run waiting.</li>
 * </ul>
 * Prints a table and writes target/throughput-benchmark.json. Not part of the suite:
 * {@code mvn test -Dtest=ThroughputBenchmark [-Dbench.seconds=30] [-Dbench.end-to-end-seconds=60]
 * [-Dbench.settings="key=value;..."]}.
 */
class ThroughputBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int END_TO_END_SECONDS = Integer.getInteger("bench.end-to-end-seconds", 60);
    /** Settings to try, {@code -Dbench.settings="key=value;key=value"}: how tuning is measured. */
    private static final List<String> EXTRA_SETTINGS = System.getProperty("bench.settings", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.settings").split(";"));
    private static final String BARE_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         targetNamespace="bench">
              <process id="BenchBareStart" isExecutable="true" camunda:historyTimeToLive="P1D">
                <startEvent id="Started"/>
                <sequenceFlow id="ToTask" sourceRef="Started" targetRef="Task"/>
                <userTask id="Task"/>
                <sequenceFlow id="ToEnd" sourceRef="Task" targetRef="Ended"/>
                <endEvent id="Ended"/>
              </process>
            </definitions>
            """;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Each figure as it is measured, printed at once: a run cut short still tells what it measured. */
    private final Map<String, Object> figures = new LinkedHashMap<>() {
        @Override
        public Object put(String name, Object value) {
            System.out.printf("  %-36s %s%n", name, value);
            return super.put(name, value);
        }
    };
    private final List<String> registered = Collections.synchronizedList(new ArrayList<>());
    private ApplicationProcess application;
    private GreenMail smtp;

    @Test
    void measure() throws Exception {
        FreshPostgresDatabase.requireAutovacuum();
        String database = FreshPostgresDatabase.recreate("throughput");
        smtp = TestMailServer.smtpServer(ApplicationProcess.freePort());
        smtp.start();
        Path dataDir = Files.createTempDirectory("throughput");
        int port = ApplicationProcess.freePort();
        long starting = System.nanoTime();
        List<String> settings = new ArrayList<>(ApplicationProcess.onPostgres(database, smtp.getSmtp().getPort(), port));
        settings.add("onboarding.data-dir=" + dataDir);
        // The bare process is deployed with the journey (the engine's REST API takes no multipart
        // deployment): a list setting is replaced whole, so the journey's patterns come again.
        Path bare = Files.writeString(dataDir.resolve("bench-bare.bpmn"), BARE_PROCESS);
        settings.addAll(List.of("camunda.bpm.deployment-resource-pattern[0]=classpath*:bpmn/*.bpmn",
                "camunda.bpm.deployment-resource-pattern[1]=classpath*:bpmn/*.dmn",
                "camunda.bpm.deployment-resource-pattern[2]=classpath*:forms/*.form",
                "camunda.bpm.deployment-resource-pattern[3]=" + bare.toUri()));
        settings.addAll(EXTRA_SETTINGS);
        application = ApplicationProcess.start("throughput-benchmark", port, settings);
        figures.put("settingsTried", EXTRA_SETTINGS);
        figures.put("startUpSeconds", seconds(starting));
        try {
            load(8, 5, this::registration); // warm-up
            for (int clients : List.of(1, 8, 32)) {
                figures.put("registrations" + clients + "Clients", load(clients, SECONDS, this::registration));
            }
            figures.put("residentMiB", application.residentMiB());
            figures.put("mailDrainAfterRegistrations", drainMails());

            String[] tasklist = tasklistSession(Files.readString(dataDir.resolve("admin-password.txt")).strip());
            figures.put("bareStarts32Clients", load(32, SECONDS, () -> HttpRequest.newBuilder(URI.create(application.url(
                    "/camunda/api/engine/engine/default/process-definition/key/BenchBareStart/start")))
                    .header("Cookie", tasklist[0]).header("X-XSRF-TOKEN", tasklist[1]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
            figures.put("registrationCostInBareStarts", round(perSecond("bareStarts32Clients") / perSecond("registrations32Clients")));

            figures.put("endToEnd32Clients", endToEnd());

            figures.put("passwordHashPairsPerSecond8Threads", hashPairsPerSecond(8, 15));
            Queue<String> tokens = activationTokens();
            load(8, 5, () -> activation(tokens.poll())); // warm-up: nothing had hashed in this JVM yet
            figures.put("activations8Clients", load(8, SECONDS, () -> activation(tokens.poll())));
            figures.put("activationShareOfHashRate", round(perSecond("activations8Clients")
                    / (double) figures.get("passwordHashPairsPerSecond8Threads")));

            figures.put("operatorQueries", operatorQueries(application.newOperator(dataDir, "benchoperator", "Bench-Operator-2026!")));
        } finally {
            application.kill();
            smtp.stop();
            FreshPostgresDatabase.drop(database);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(Path.of("target", "throughput-benchmark.json"), json.writeValueAsString(figures));
        System.out.println("\nThroughput benchmark (" + SECONDS + " s per run, PostgreSQL, GreenMail): target/throughput-benchmark.json");
    }

    private HttpRequest registration() {
        String email = "bench-" + UUID.randomUUID() + "@exemple-bench.fr";
        registered.add(email);
        return HttpRequest.newBuilder(URI.create(application.url("/api/accounts"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApplicationProcess.registration(email))).build();
    }

    private HttpRequest activation(String token) {
        if (token == null) {
            throw new IllegalStateException("the run used up the activation links: make it shorter");
        }
        return HttpRequest.newBuilder(URI.create(application.url("/api/activations/" + token)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        ApplicationProcess.json(Journey.activationForm(Journey.STRONG_PASSWORD)))).build();
    }

    /**
     * That many clients send the requests {@code next} makes for that long: answered with a 2xx per
     * second, p50 and p99 in ms, and how many were not.
     */
    private Map<String, Object> load(int clients, int seconds, Supplier<HttpRequest> next) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        Map<String, Object> run = new LinkedHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = next.get();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() / 100 == 2) {
                            latencies.add(System.nanoTime() - sent);
                        } else if (failures.getAndIncrement() == 0) {
                            run.put("firstFailure", answer.statusCode() + " " + answer.body());
                        }
                    } catch (Exception e) {
                        if (failures.getAndIncrement() == 0) {
                            run.put("firstFailure", e.toString());
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        run.putAll(percentiles(latencies));
        run.put("perSecond", round(latencies.size() / (double) seconds));
        run.put("failures", failures.get());
        return run;
    }

    /** Until every registration so far has its two mails (at most 10 minutes): seconds, and mails per second meanwhile. */
    private Map<String, Object> drainMails() throws InterruptedException {
        long draining = System.nanoTime();
        int before = smtp.getReceivedMessages().length;
        while (smtp.getReceivedMessages().length < 2 * registered.size() && System.nanoTime() - draining < 600e9) {
            Thread.sleep(200);
        }
        double seconds = seconds(draining);
        Map<String, Object> drain = new LinkedHashMap<>();
        drain.put("seconds", seconds);
        drain.put("mailsPerSecond", round((smtp.getReceivedMessages().length - before) / Math.max(seconds, 0.1)));
        return drain;
    }

    /**
     * 32 clients register for END_TO_END_SECONDS while the mails go out: registrations whose two
     * mails were delivered per second (mails delivered / 2 / seconds), and the backlog every 10 s.
     */
    private Map<String, Object> endToEnd() throws Exception {
        int mailsBefore = smtp.getReceivedMessages().length;
        int registeredBefore = registered.size();
        List<Integer> backlog = Collections.synchronizedList(new ArrayList<>());
        ExecutorService sampler = Executors.newSingleThreadExecutor();
        sampler.submit(() -> {
            for (int second = 10; second <= END_TO_END_SECONDS; second += 10) {
                Thread.sleep(10_000);
                backlog.add(2 * registered.size() - smtp.getReceivedMessages().length);
            }
            return null;
        });
        Map<String, Object> run = new LinkedHashMap<>(load(32, END_TO_END_SECONDS, this::registration));
        int delivered = smtp.getReceivedMessages().length - mailsBefore;
        sampler.shutdown();
        sampler.awaitTermination(20, TimeUnit.SECONDS);
        run.put("registrations", registered.size() - registeredBefore);
        run.put("endToEndPerSecond", round(delivered / 2.0 / END_TO_END_SECONDS));
        run.put("mailBacklogEvery10s", backlog);
        run.put("drainAfter", drainMails());
        return run;
    }

    /** {@link HashRate} in a JVM of its own, while the application is idle. */
    private static double hashPairsPerSecond(int threads, int seconds) throws Exception {
        Process hashing = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                System.getProperty("application.heap", "-Xmx512m"), "-cp",
                System.getProperty("java.class.path"), HashRate.class.getName(), String.valueOf(threads), String.valueOf(seconds))
                .redirectErrorStream(true).start();
        String output = new String(hashing.getInputStream().readAllBytes()).strip();
        if (hashing.waitFor() != 0) {
            throw new IllegalStateException("HashRate failed: " + output);
        }
        return round(Double.parseDouble(output.substring(output.lastIndexOf('\n') + 1)));
    }

    /** The activation links mailed so far, each once. */
    private Queue<String> activationTokens() {
        Queue<String> tokens = new ConcurrentLinkedQueue<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String token = Journey.linkTokenIn(mail, "activation");
            if (token != null) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** p50 and p99 of 200 calls of each operators' query, one at a time, with every registration of the run waiting. */
    private Map<String, Object> operatorQueries(String operator) throws Exception {
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("registrationsInTheDatabase", registered.size());
        queries.put("stuckActivations", timed(200, index -> URI.create(application.url(
                "/api/ops/stuck-activations?olderThan=PT0S&limit=100")), operator));
        queries.put("registrationByLoginEmail", timed(200, index -> URI.create(application.url("/api/ops/registrations?loginEmail="
                + URLEncoder.encode(registered.get(registered.size() - 1 - index), StandardCharsets.UTF_8))), operator));
        return queries;
    }

    private Map<String, Object> timed(int calls, java.util.function.IntFunction<URI> uri, String operator) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int call = 0; call < calls; call++) {
            long sent = System.nanoTime();
            int status = http.send(HttpRequest.newBuilder(uri.apply(call)).header("Authorization", operator).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException(uri.apply(call) + " answered " + status);
            }
            latencies.add(System.nanoTime() - sent);
        }
        return percentiles(latencies);
    }

    /**
     * The administrator logged in to Tasklist: its cookies and CSRF token. Through the webapps' copy
     * of the engine's REST API a call rides on the session; with HTTP Basic on /engine-rest each
     * call would spend a password hash (see PortalDirectory), which is not what this compares.
     */
    private String[] tasklistSession(String adminPassword) throws Exception {
        HttpResponse<Void> app = http.send(HttpRequest.newBuilder(URI.create(application.url("/camunda/app/tasklist/"))).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = ApplicationProcess.cookie(app, "XSRF-TOKEN");
        String cookies = "SESSION=" + ApplicationProcess.cookie(app, "SESSION") + "; XSRF-TOKEN=" + xsrf;
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(application.url(
                "/camunda/api/admin/auth/user/default/login/tasklist"))).header("Cookie", cookies).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + URLEncoder.encode(adminPassword,
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist log-in answered " + login.statusCode());
        }
        // The log-in starts a new session, without a CSRF token until a first reading call sets one.
        String session = "SESSION=" + ApplicationProcess.cookie(login, "SESSION");
        HttpResponse<Void> read = http.send(HttpRequest.newBuilder(URI.create(application.url(
                "/camunda/api/engine/engine/default/process-definition/count"))).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.discarding());
        String token = ApplicationProcess.cookie(read, "XSRF-TOKEN");
        return new String[] {session + "; XSRF-TOKEN=" + token, token};
    }

    private static Map<String, Object> percentiles(List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("p50Ms", sorted.isEmpty() ? 0 : round(sorted.get(sorted.size() / 2) / 1e6));
        run.put("p99Ms", sorted.isEmpty() ? 0 : round(sorted.get((int) (sorted.size() * 0.99)) / 1e6));
        return run;
    }

    @SuppressWarnings("unchecked")
    private double perSecond(String run) {
        return (double) ((Map<String, Object>) figures.get(run)).get("perSecond");
    }

    private static double seconds(long since) {
        return round((System.nanoTime() - since) / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
