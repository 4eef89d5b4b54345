package fr.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMailUtil;

import fr.onboarding.captcha.CaptchaService;

/**
 * What a person does, as a test: calls the public API, lets the engine run its jobs (no timer
 * sleeps: due jobs are executed), reads the mails GreenMail received and follows their links.
 */
@TestComponent
public class Journey {

    public static final String STRONG_PASSWORD = "Facture-Émise-2026!";
    /** The password of the engine users (support agents, operators) tests create. */
    public static final String ENGINE_USER_PASSWORD = "Engine-User-Password-2026";

    private final TestRestTemplate http;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final CaptchaService captchas;
    private final JdbcTemplate database;
    private final IdentityService identity;
    /** Process instances that were running before the current test began: other tests' jobs. */
    private Set<String> othersInstances = Set.of();

    public Journey(@Lazy TestRestTemplate http, ManagementService management, RuntimeService runtime,
                   CaptchaService captchas, JdbcTemplate database, IdentityService identity) {
        this.http = http;
        this.management = management;
        this.runtime = runtime;
        this.captchas = captchas;
        this.database = database;
        this.identity = identity;
    }

    /** A new engine user (a support agent, an operator...) of that group, with {@link #ENGINE_USER_PASSWORD}. */
    public String newEngineUser(String group) {
        User user = identity.newUser(group + System.nanoTime());
        user.setPassword(ENGINE_USER_PASSWORD);
        identity.saveUser(user);
        identity.createMembership(user.getId(), group);
        return user.getId();
    }

    /** Calls as a new engine user of that group, with its HTTP Basic credentials. */
    public TestRestTemplate asNewEngineUser(String group) {
        return http.withBasicAuth(newEngineUser(group), ENGINE_USER_PASSWORD);
    }

    /** A test begins: what runs from now on, and only that, is its own. */
    void beginTest() {
        othersInstances = runtime.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet());
    }

    /**
     * An address nobody else has, at a domain of its own: two people of a test never share a mail
     * domain (a shared one would let attachment-policy accept their requests automatically).
     */
    public static String uniqueEmail() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return "user-" + unique + "@d" + unique + ".example.fr";
    }

    /** An address nobody else has, at this domain. */
    public static String uniqueEmailAt(String domain) {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    /** A complete, valid registration body, in French. */
    public static Map<String, Object> registration(String loginEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("loginEmail", loginEmail);
        body.put("loginEmailConfirmation", loginEmail);
        body.put("firstName", "Gwenaël");
        body.put("lastName", "Fumoux");
        body.put("phone", "+33 1 23 45 67 89");
        body.put("surveyConsent", true);
        body.put("termsAccepted", true);
        body.put("language", "fr");
        return body;
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return exchange(path, HttpMethod.POST, body);
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return exchange(path, HttpMethod.GET, null, new HttpHeaders());
    }

    /** GET with HTTP Basic credentials, encoded in UTF-8 as the server expects (passwords may have accents). */
    public ResponseEntity<Map<String, Object>> getAs(String path, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, java.nio.charset.StandardCharsets.UTF_8);
        return exchange(path, HttpMethod.GET, null, headers);
    }

    /** A structure "en cours d'immatriculation" with two services, created by {@code manager}; returns its identifier. */
    public String newStructure(String manager) {
        String identifier = "IMMAT " + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ResponseEntity<Map<String, Object>> created = postAs("/api/me/structures", Map.of(
                "identifierType", "AUTRE", "identifier", identifier, "companyName", "Atelier " + identifier,
                "address", Map.of("line", "3 rue des Lilas", "postalCode", "44000", "city", "Nantes", "countryCode", "FR"),
                "services", List.of(Map.of("code", "COMPTA", "name", "Comptabilité"),
                        Map.of("code", "ACHATS", "name", "Achats"))), manager);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return identifier;
    }

    private ResponseEntity<Map<String, Object>> exchange(String path, HttpMethod method, Object body) {
        return exchange(path, method, body, new HttpHeaders());
    }

    private ResponseEntity<Map<String, Object>> exchange(String path, HttpMethod method, Object body, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAcceptLanguageAsLocales(List.of(java.util.Locale.FRENCH));
        return http.exchange(path, method, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
        });
    }

    /**
     * Where the captcha is on (as in production), the body gets a challenge and its answer, read from
     * the store since a test cannot read the picture as a person does.
     */
    public Map<String, Object> withSolvedCaptcha(Map<String, Object> body) {
        if (captchas.isEnabled()) {
            String challengeId = (String) get("/api/captcha").getBody().get("id");
            body.put("captchaId", challengeId);
            body.put("captchaAnswer", database.queryForObject("select answer from captcha_challenge where id = ?",
                    String.class, challengeId));
        }
        return body;
    }

    /** Registers and returns the account id answered by the API. */
    public String register(String loginEmail) {
        ResponseEntity<Map<String, Object>> response = post("/api/accounts", withSolvedCaptcha(registration(loginEmail)));
        assertThat(response.getStatusCode().value()).isEqualTo(202);
        return (String) response.getBody().get("accountId");
    }

    /** Registers, follows the mailed link and activates: an account that can log in with {@link #STRONG_PASSWORD}. */
    public String newActiveAccount(GreenMailOperations greenMail, String language) {
        return newActiveAccount(greenMail, language, uniqueEmail());
    }

    public String newActiveAccount(GreenMailOperations greenMail, String language, String email) {
        Map<String, Object> body = registration(email);
        body.put("language", language);
        assertThat(post("/api/accounts", withSolvedCaptcha(body)).getStatusCode().value()).isEqualTo(202);
        runDueJobs();
        String token = activationTokenFromMail(greenMail, email);
        assertThat(post("/api/activations/" + token, activationForm(STRONG_PASSWORD)).getStatusCode().value()).isEqualTo(204);
        return email;
    }

    public ResponseEntity<List> getList(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAcceptLanguageAsLocales(List.of(java.util.Locale.FRENCH));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), List.class);
    }

    public ResponseEntity<Map<String, Object>> postAs(String path, Object body, String user) {
        return exchange(path, HttpMethod.POST, body, basic(user));
    }

    public ResponseEntity<Map<String, Object>> putAs(String path, Object body, String user) {
        return exchange(path, HttpMethod.PUT, body, basic(user));
    }

    public ResponseEntity<Map<String, Object>> getAs(String path, String user) {
        return getAs(path, user, STRONG_PASSWORD);
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, STRONG_PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
        return headers;
    }

    /**
     * Runs every job of this test's process instances that is due now, one at a time as the job
     * executor would, until none is left; other tests' instances are left alone. One at a time: a
     * job may remove others (a timer that ends a task ends its other timers).
     */
    public void runDueJobs() {
        for (int run = 0; run < 500; run++) {
            Optional<Job> next = management.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null && !othersInstances.contains(job.getProcessInstanceId()))
                    .findFirst();
            if (next.isEmpty()) {
                return;
            }
            management.executeJob(next.get().getId());
        }
        throw new AssertionError("jobs keep coming: a loop in a process?");
    }

    public static List<MimeMessage> mailsTo(GreenMailOperations greenMail, String address) {
        return java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(uncheckedRecipients(m)).contains(address))
                .toList();
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    /** The token of the activation link in the newest activation mail to this address, read as a person reads it. */
    public static String activationTokenFromMail(GreenMailOperations greenMail, String address) {
        return linkTokenFromMail(greenMail, address, "activation");
    }

    /** The token of the newest link to {@code /<page>/<token>} mailed to this address. */
    public static String linkTokenFromMail(GreenMailOperations greenMail, String address, String page) {
        List<MimeMessage> mails = mailsTo(greenMail, address);
        for (int i = mails.size() - 1; i >= 0; i--) {
            String token = linkTokenIn(mails.get(i), page);
            if (token != null) {
                return token;
            }
        }
        throw new AssertionError("no /" + page + "/ link mailed to " + address);
    }

    /** The token of the link to {@code /<page>/<token>} in this mail, or null. */
    public static String linkTokenIn(MimeMessage mail, String page) {
        Matcher found = Pattern.compile("href=\"[^\"]*/" + page + "/([A-Za-z0-9_-]+)\"").matcher(body(mail));
        return found.find() ? found.group(1) : null;
    }

    public static Map<String, Object> activationForm(String password) {
        return Map.of("password", password, "passwordConfirmation", password,
                "secretQuestion", "Nom de mon premier chat ?", "secretAnswer", "Félix le Chat");
    }

    private static jakarta.mail.Address[] uncheckedRecipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }
}
