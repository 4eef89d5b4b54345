package fr.onboarding.myaccount;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
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

/** PATCH /api/me: personal data, the contact e-mail (both addresses told), login e-mail and password. */
@JourneyTest
class MyAccountApiTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;

    String email;

    @BeforeEach
    void activeAccount() {
        email = journey.newActiveAccount(greenMail, "fr");
        greenMail.reset();
    }

    private ResponseEntity<Map> patch(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(email, STRONG_PASSWORD, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/me", HttpMethod.PATCH, new HttpEntity<>(body, headers), Map.class);
    }

    @Test
    void namesPhoneAndLanguageChange() {
        ResponseEntity<Map> updated = patch(Map.of("firstName", "Gwen", "phone", "+33 6 11 22 33 44", "language", "en"));

        assertThat(updated.getStatusCode().value()).isEqualTo(200);
        assertThat(updated.getBody()).containsEntry("firstName", "Gwen").containsEntry("lastName", "Fumoux")
                .containsEntry("phone", "+33 6 11 22 33 44").containsEntry("language", "en");
    }

    @Test
    void aNewContactEmailIsToldToTheOldAndTheNewAddress() {
        String newContact = Journey.uniqueEmail();

        ResponseEntity<Map> updated = patch(Map.of("contactEmail", newContact.toUpperCase()));
        journey.runDueJobs();

        assertThat(updated.getBody()).containsEntry("contactEmail", newContact);
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .containsExactly("Chorus Pro : votre adresse électronique de contact a changé");
        assertThat(mailsTo(greenMail, newContact)).singleElement()
                .satisfies(mail -> assertThat(Journey.body(mail)).contains(email, newContact));
    }

    /** Asks for a new login e-mail with the current password, lets the mails go, and reads the link mailed to it. */
    private String askForLoginEmail(String wanted) {
        patch(Map.of("loginEmail", wanted, "currentPassword", STRONG_PASSWORD));
        journey.runDueJobs();
        return Journey.linkTokenFromMail(greenMail, wanted, "login-email-change");
    }

    /** A new login e-mail is asked with the current password; nothing changes until its link is followed. */
    @Test
    void theLoginEmailChangesOnlyOnceTheNewAddressFollowsItsLink() {
        String newLogin = Journey.uniqueEmail();
        assertThat(patch(Map.of("loginEmail", newLogin)).getStatusCode().value()).isEqualTo(400);

        ResponseEntity<Map> asked = patch(Map.of("loginEmail", newLogin, "currentPassword", STRONG_PASSWORD));
        journey.runDueJobs();

        assertThat(asked.getStatusCode().value()).isEqualTo(200);
        assertThat(asked.getBody()).containsEntry("loginEmail", email);
        assertThat(journey.getAs("/api/me", newLogin).getStatusCode().value()).as("not proven yet").isEqualTo(401);
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject)
                .contains("Chorus Pro : changement de votre adresse de connexion demandé");
        String token = Journey.linkTokenFromMail(greenMail, newLogin, "login-email-change");
        // Whoever reads the unproven address may not be the holder: no name in that mail.
        assertThat(Journey.body(mailsTo(greenMail, newLogin).get(0))).doesNotContain("Gwenaël", "Fumoux");
        assertThat(journey.get("/api/login-email-changes/" + token).getBody()).containsEntry("newLoginEmail", newLogin);

        assertThat(journey.post("/api/login-email-changes/" + token, Map.of()).getStatusCode().value()).isEqualTo(204);

        assertThat(journey.getAs("/api/me", newLogin).getStatusCode().value()).isEqualTo(200);
        assertThat(journey.getAs("/api/me", email).getStatusCode().value()).isEqualTo(401);
        assertThat(journey.post("/api/login-email-changes/" + token, Map.of()).getStatusCode().value()).as("used").isEqualTo(410);
    }

    /** Asking for an address an account already holds answers exactly as for a free one. */
    @Test
    void askingForATakenAddressTellsNothingAndTheLinkCannotTakeIt() {
        String other = journey.newActiveAccount(greenMail, "fr");
        String free = Journey.uniqueEmail();

        ResponseEntity<Map> taken = patch(Map.of("loginEmail", other, "currentPassword", STRONG_PASSWORD));
        journey.runDueJobs();
        ResponseEntity<Map> notTaken = patch(Map.of("loginEmail", free, "currentPassword", STRONG_PASSWORD));
        journey.runDueJobs();

        assertThat(taken.getStatusCode()).isEqualTo(notTaken.getStatusCode());
        assertThat(taken.getBody()).isEqualTo(notTaken.getBody());
        String tokenToTaken = Journey.linkTokenFromMail(greenMail, other, "login-email-change");
        assertThat(journey.post("/api/login-email-changes/" + tokenToTaken, Map.of()).getStatusCode().value())
                .as("a newer request replaced it").isEqualTo(410);
        assertThat(journey.getAs("/api/me", other).getBody()).containsEntry("loginEmail", other);
    }

    @Test
    void aLinkToAnAddressTakenMeanwhileIsRefused() {
        String wanted = Journey.uniqueEmail();
        String token = askForLoginEmail(wanted);
        journey.register(wanted);

        assertThat(journey.post("/api/login-email-changes/" + token, Map.of()).getStatusCode().value()).isEqualTo(409);
        assertThat(journey.getAs("/api/me", email).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void askingForTheCurrentAddressWithdrawsAPendingRequest() {
        String wanted = Journey.uniqueEmail();
        String token = askForLoginEmail(wanted);

        patch(Map.of("loginEmail", email, "currentPassword", STRONG_PASSWORD));

        assertThat(journey.post("/api/login-email-changes/" + token, Map.of()).getStatusCode().value()).isEqualTo(410);
        assertThat(journey.getAs("/api/me", email).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theLinkExpiresAfterSixtyMinutes() {
        String wanted = Journey.uniqueEmail();
        String token = askForLoginEmail(wanted);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(61))));

        assertThat(journey.post("/api/login-email-changes/" + token, Map.of()).getStatusCode().value()).isEqualTo(410);
    }

    @Test
    void theMailedLinkLandsOnAPageThatConfirms() {
        String wanted = Journey.uniqueEmail();
        String token = askForLoginEmail(wanted);

        ResponseEntity<String> page = http.getForEntity("/login-email-change/" + token, String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Confirmez que " + wanted, "name=\"_csrf\"");
    }

    @Test
    void thePasswordChangesWithTheCurrentOneAndFollowsThePolicy() {
        ResponseEntity<Map> weak = patch(Map.of("currentPassword", STRONG_PASSWORD, "newPassword", "azerty123",
                "newPasswordConfirmation", "azerty123"));
        ResponseEntity<Map> changed = patch(Map.of("currentPassword", STRONG_PASSWORD, "newPassword", "Nouvelle-Saison-2027",
                "newPasswordConfirmation", "Nouvelle-Saison-2027"));

        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(changed.getStatusCode().value()).isEqualTo(200);
        assertThat(journey.getAs("/api/me", email, "Nouvelle-Saison-2027").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anInvalidContactEmailIsAFieldError() {
        ResponseEntity<Map> refused = patch(Map.of("contactEmail", "nowhere"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("contactEmail");
    }
}
