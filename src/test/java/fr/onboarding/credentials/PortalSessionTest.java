package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** The portal's session: form log-in with CSRF, "Mon compte", and API calls riding on the session. */
@JourneyTest
class PortalSessionTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @LocalServerPort
    int port;

    /** A browser that does not follow redirects, so that the test sees them. */
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String email;

    @BeforeEach
    void activeAccount() {
        email = journey.newActiveAccount(greenMail, "fr");
    }

    private HttpResponse<String> send(String method, String path, String cookies, String contentType, String body,
                                      String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookies(HttpResponse<?> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return String.join("; ", set.stream().map(c -> c.split(";")[0]).toList());
    }

    /** Logs in through the form as a browser does; answers the redirect and the session cookie. */
    private HttpResponse<String> logIn(String password) throws Exception {
        HttpResponse<String> page = send("GET", "/login", "", null, null);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "loginEmail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        return send("POST", "/login", cookies(page), "application/x-www-form-urlencoded", form);
    }

    @Test
    void theFormLogsInAndMyAccountShowsThePerson() throws Exception {
        HttpResponse<String> login = logIn(Journey.STRONG_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        HttpResponse<String> account = send("GET", "/account", cookies(login), null, null);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Mon compte", email, "Factures émises");
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAnError() throws Exception {
        HttpResponse<String> login = logIn("Wrong-Password-1");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void theApiAcceptsTheSessionAndWantsItsCsrfTokenToChangeAnything() throws Exception {
        String session = cookies(logIn(Journey.STRONG_PASSWORD));
        String workspaces = "{\"workspaces\": {\"ISSUED_INVOICES\": true}}";

        HttpResponse<String> me = send("GET", "/api/me", session, null, null);
        String xsrf = me.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().split(";")[0].substring("XSRF-TOKEN=".length());
        HttpResponse<String> forged = send("PUT", "/api/me/workspaces", session, "application/json", workspaces);
        HttpResponse<String> genuine = send("PUT", "/api/me/workspaces", session + "; XSRF-TOKEN=" + xsrf,
                "application/json", workspaces, "X-XSRF-TOKEN", xsrf);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(email);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(genuine.statusCode()).isEqualTo(200);
    }

    /** Any other Authorization header does not excuse a call on the session from its CSRF token. */
    @Test
    void aSessionCallWithABearerHeaderStillNeedsItsCsrfToken() throws Exception {
        String session = cookies(logIn(Journey.STRONG_PASSWORD));

        HttpResponse<String> forged = send("PATCH", "/api/me", session, "application/json", "{\"firstName\": \"Mallory\"}",
                "Authorization", "Bearer x");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(send("GET", "/api/me", session, null, null).body()).doesNotContain("Mallory");
    }

    /** Basic credentials speak for the call alone: wrong ones are refused even on a valid session. */
    @Test
    void basicCredentialsAreCheckedEvenOnALoggedInSession() throws Exception {
        String session = cookies(logIn(Journey.STRONG_PASSWORD));
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":Wrong-Password-1").getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + java.util.Base64.getEncoder().encodeToString((email + ":" + Journey.STRONG_PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = send("PATCH", "/api/me", session, "application/json", "{\"firstName\": \"Mallory\"}",
                "Authorization", wrong);
        HttpResponse<String> accepted = send("PATCH", "/api/me", session, "application/json", "{\"firstName\": \"Gwendal\"}",
                "Authorization", right);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("Gwendal");
    }

    /** Someone holding a session cannot guess the password through "Mon compte": guesses count towards the lock. */
    @Test
    void wrongCurrentPasswordsOnTheSessionLockTheAccount() throws Exception {
        String session = cookies(logIn(Journey.STRONG_PASSWORD));
        HttpResponse<String> me = send("GET", "/api/me", session, null, null);
        String xsrf = me.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow().split(";")[0].substring("XSRF-TOKEN=".length());
        for (int i = 0; i < 5; i++) {
            String guess = "{\"newPassword\": \"Nouvelle-Saison-2027\", \"newPasswordConfirmation\": \"Nouvelle-Saison-2027\", "
                    + "\"currentPassword\": \"Guess-" + i + "\"}";
            assertThat(send("PATCH", "/api/me", session + "; XSRF-TOKEN=" + xsrf, "application/json", guess,
                    "X-XSRF-TOKEN", xsrf).statusCode()).isEqualTo(400);
        }

        assertThat(journey.getAs("/api/me", email).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void myAccountNeedsALogin() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/account", "", null, null);

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
