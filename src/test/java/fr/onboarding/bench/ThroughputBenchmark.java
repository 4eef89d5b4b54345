package fr.onboarding.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.onboarding.ApplicationProcess;
import fr.onboarding.FreshPostgresDatabase;

/**
 * Registration throughput as in production: the application in a JVM of its own on the local
 * PostgreSQL (a fresh database, dropped after), mails to a local SMTP server (GreenMail), captcha and rate
 * limits off, each address fresh. Measures start-up, registrations at 1, 8 and 32 clients
 * (acknowledged per second, p50, p99), the time the mails of the 32-client run take to go out,
 * and the resident memory; prints a table and writes target/throughput-benchmark.json. Not part
 * of the suite: {@code mvn test -Dtest=ThroughputBenchmark [-Dbench.seconds=30]}.
 */
class ThroughputBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        String database = FreshPostgresDatabase.recreate("throughput");
        GreenMail smtp = new GreenMail(new ServerSetup(ApplicationProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = ApplicationProcess.freePort();
        long starting = System.nanoTime();
        List<String> settings = new ArrayList<>(ApplicationProcess.onPostgres(database, smtp.getSmtp().getPort(), port));
        settings.add("onboarding.data-dir=" + Files.createTempDirectory("throughput"));
        ApplicationProcess application = ApplicationProcess.start("throughput-benchmark", port, settings);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("startUpSeconds", round((System.nanoTime() - starting) / 1e9));
        try {
            run(application, 8, 5); // warm-up
            for (int clients : List.of(1, 8, 32)) {
                figures.put("registrations" + clients + "Clients", run(application, clients, SECONDS));
            }
            figures.put("residentMiB", application.residentMiB());
            int sent = smtp.getReceivedMessages().length;
            long draining = System.nanoTime();
            int expected = expectedMails;
            while (smtp.getReceivedMessages().length < expected && System.nanoTime() - draining < 600e9) {
                Thread.sleep(200);
            }
            figures.put("mailsAfterLoad", Map.of("sentDuringLoad", sent, "expected", expected,
                    "drainSeconds", round((System.nanoTime() - draining) / 1e9)));
        } finally {
            application.kill();
            smtp.stop();
            FreshPostgresDatabase.drop(database);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(Path.of("target", "throughput-benchmark.json"), json.writeValueAsString(figures));
        System.out.println("\nThroughput benchmark (" + SECONDS + " s per run, PostgreSQL, GreenMail):");
        figures.forEach((name, value) -> System.out.printf("  %-26s %s%n", name, value));
    }

    private int expectedMails;

    /** Registrations by that many clients for that long: per second, p50 and p99 in ms. */
    private Map<String, Object> run(ApplicationProcess application, int clients, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String email = "bench-" + UUID.randomUUID() + "@exemple-bench.fr";
                    long sent = System.nanoTime();
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(application.url("/api/accounts")))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ApplicationProcess.registration(email)))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 202) {
                            latencies.add(System.nanoTime() - sent);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        expectedMails += 2 * latencies.size();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("perSecond", round(sorted.size() / (double) seconds));
        run.put("p50Ms", sorted.isEmpty() ? 0 : round(sorted.get(sorted.size() / 2) / 1e6));
        run.put("p99Ms", sorted.isEmpty() ? 0 : round(sorted.get((int) (sorted.size() * 0.99)) / 1e6));
        run.put("failures", failures.get());
        return run;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
