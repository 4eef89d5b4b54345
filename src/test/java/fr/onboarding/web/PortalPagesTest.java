package fr.onboarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** The pages the mails link to, as a browser gets them, in the reader's language. */
@JourneyTest
class PortalPagesTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;

    private ResponseEntity<String> page(String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void theActivationPageShowsTheGeneralInformationAndThePasswordRuleInTheAccountsLanguage() {
        String email = Journey.uniqueEmail();
        Map<String, Object> body = Journey.registration(email);
        body.put("language", "en");
        journey.post("/api/accounts", body);
        journey.runDueJobs();

        ResponseEntity<String> activation = page("/activation/" + Journey.activationTokenFromMail(greenMail, email), "fr");

        assertThat(activation.getStatusCode().value()).isEqualTo(200);
        assertThat(activation.getBody()).contains("Activate your user account", email, "Gwenaël", "at least 12 characters",
                "name=\"_csrf\"");
    }

    @Test
    void pagesForbidInlineScriptsFramingAndReferrers() {
        ResponseEntity<String> register = page("/register", "fr");

        assertThat(register.getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(register.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(register.getBody()).doesNotContain("style=\"").doesNotContainPattern("<script(?![^>]* src=)");
    }

    /** A NUL byte pasted into a form: the browser gets the portal's error page, with the pages' headers. */
    @Test
    void aFormWithAControlCharacterGetsAnErrorPage() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> refused = http.exchange("/register", HttpMethod.POST,
                new HttpEntity<>("firstName=Ze%00d", headers), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(refused.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(refused.getBody()).contains("Demande incorrecte");
    }

    /** "/logout" typed in the address bar offers the form that logs out, instead of a CSRF refusal. */
    @Test
    void logoutByAddressOffersTheLogoutForm() {
        ResponseEntity<String> page = page("/logout", "fr");

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Voulez-vous vous déconnecter", "action=\"/logout\"", "name=\"_csrf\"");
    }

    /** Only the account pages are remembered for after the log-in: a visit elsewhere stores no session. */
    @Test
    void anAddressThatIsNoPageLeavesNoSession() {
        HttpHeaders anyType = new HttpHeaders();
        anyType.set(HttpHeaders.ACCEPT, "*/*");
        ResponseEntity<String> answer = http.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(anyType), String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).noneMatch(c -> c.startsWith("SESSION="));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        ResponseEntity<String> login = page("/login", "fr");

        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).filteredOn(c -> c.startsWith("SESSION="))
                .singleElement().asString().contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void theLanguageChosenWithTheSwitchStaysForTheNextPages() {
        ResponseEntity<String> switched = page("/?lang=en", "fr");
        String cookie = switched.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("lang="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("lang=en", "HttpOnly", "SameSite=Lax");

        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
        headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]);
        ResponseEntity<String> next = http.exchange("/register", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(next.getBody()).contains("Create my account", "lang=\"en\"");
    }

    @Test
    void anUnknownActivationLinkShowsActivationRefused() {
        ResponseEntity<String> refused = page("/activation/nothing-here", "fr");

        assertThat(refused.getStatusCode().value()).isEqualTo(410);
        assertThat(refused.getBody()).contains("Activation refusée", "Mot de passe oublié");
    }

    @Test
    void theResetPageShowsTheSecretQuestionAndThePasswordRule() {
        String email = journey.newActiveAccount(greenMail, "fr");
        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();

        ResponseEntity<String> reset = page("/password-reset/" + Journey.linkTokenFromMail(greenMail, email, "password-reset"), "fr");

        assertThat(reset.getStatusCode().value()).isEqualTo(200);
        assertThat(reset.getBody()).contains("Nom de mon premier chat ?", "au minimum 12 caractères");
    }

    @Test
    void theResetPageSpeaksTheAccountsLanguageAsItsMailDid() {
        String email = journey.newActiveAccount(greenMail, "en");
        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();

        ResponseEntity<String> reset = page("/password-reset/" + Journey.linkTokenFromMail(greenMail, email, "password-reset"), "fr");

        assertThat(reset.getBody()).contains("Choose a new password");
    }

    @Test
    void theForgotPasswordPageAsksForTheAddressAndInEnglishToo() {
        assertThat(page("/password-reset", "fr").getBody()).contains("Mot de passe oublié ?", "loginEmail");
        assertThat(page("/password-reset", "en").getBody()).contains("Forgot your password?");
    }

    @Test
    void anAccountsPagesWantALogInAndAnythingElseIsNotFound() {
        assertThat(page("/account/workspaces", "fr").getBody()).contains("Se connecter", "name=\"password\"");
        assertThat(page("/api/nothing", "fr").getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> unknown = page("/internal", "fr");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("Page introuvable").doesNotContain("name=\"password\"");
        assertThat(page("/error", "fr").getStatusCode().value()).isEqualTo(404);
        assertThat(page("/camunda/app/tasklist/nope/", "fr").getStatusCode().value()).isEqualTo(404);
        assertThat(page("/camunda/app/tasklist/default/", "fr").getStatusCode().value()).isEqualTo(200);
    }

    /** The inbox shows activation links: it exists only in the dev mode of the README's run command. */
    @Test
    void thereIsNoInboxOutsideTheDevMode() {
        assertThat(page("/dev/mails", "fr").getStatusCode().value()).isEqualTo(404);
    }
}
