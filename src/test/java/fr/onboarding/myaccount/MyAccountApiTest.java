package fr.onboarding.myaccount;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

    @Test
    void theLoginEmailChangesOnlyWithTheCurrentPassword() {
        String newLogin = Journey.uniqueEmail();

        ResponseEntity<Map> refused = patch(Map.of("loginEmail", newLogin));
        ResponseEntity<Map> changed = patch(Map.of("loginEmail", newLogin, "currentPassword", STRONG_PASSWORD));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("currentPassword");
        assertThat(changed.getStatusCode().value()).isEqualTo(200);
        assertThat(journey.getAs("/api/me", newLogin).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aLoginEmailInUseIsRefused() {
        String other = journey.newActiveAccount(greenMail, "fr");

        assertThat(patch(Map.of("loginEmail", other, "currentPassword", STRONG_PASSWORD)).getStatusCode().value())
                .isEqualTo(409);
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
