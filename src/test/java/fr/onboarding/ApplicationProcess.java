package fr.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, started from the tests' class path as {@code java -jar}
 * would start it, for tests that treat it from the outside: killed, fuzzed. Its output goes to
 * {@code target/<name>.log}.
 */
public final class ApplicationProcess {

    private final Process process;
    private final int port;

    private ApplicationProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it on {@code port} with these settings ({@code key=value}) and waits until it answers. */
    public static ApplicationProcess start(String name, int port, List<String> settings) throws Exception {
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                System.getProperty("application.heap", "-Xmx512m"),
                "-cp", applicationClassPath(), OnboardingApplication.class.getName(), "--server.port=" + port));
        settings.forEach(setting -> command.add("--" + setting));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application stopped, see " + log).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ApplicationProcess(process, port);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("the application did not start in 120 s, see " + log);
    }

    /**
     * The settings of a production-like node: that PostgreSQL database, that local SMTP server,
     * captcha and rate limits off (the load comes from one address).
     */
    public static List<String> onPostgres(String jdbcUrl, int smtpPort, int port) {
        return List.of("spring.datasource.url=" + jdbcUrl, "spring.datasource.username=postgres",
                "spring.datasource.password=", "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort,
                "onboarding.captcha.enabled=false", "onboarding.rate-limits.enabled=false",
                "onboarding.public-base-url=http://127.0.0.1:" + port);
    }

    /** A registration's JSON body, as {@link Journey#registration} makes it. */
    public static String registration(String email) {
        return json(Journey.registration(email));
    }

    public static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tests' class path without the test classes, which hold bpmn/ a second time. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resident memory of its JVM, in MiB (Linux). */
    public long residentMiB() throws IOException {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IOException("no VmRSS for " + process.pid());
    }

    /** An {@code Authorization} header for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The engine administrator's {@code Authorization} header: the node generated its password in its data directory. */
    public static String admin(Path dataDir) throws IOException {
        return basic("admin", Files.readString(dataDir.resolve("admin-password.txt")).strip());
    }

    /** Makes engine user {@code id} (letters and digits) an operator, as the administrator; returns its {@code Authorization} header. */
    public String newOperator(Path dataDir, String id, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/engine-rest/user/create"))).header("Authorization", admin(dataDir))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Test\",\"lastName\":\"Operator\"},"
                                + "\"credentials\":{\"password\":\"" + password + "\"}}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/engine-rest/group/operators/members/" + id)))
                .header("Authorization", admin(dataDir)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
        return basic(id, password);
    }

    /** The value of the cookie {@code name} that this answer sets. */
    public static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1).split(";")[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no cookie " + name));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** As {@code kill -9}: no shutdown hook, no last commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
