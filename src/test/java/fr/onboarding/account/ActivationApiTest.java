package fr.onboarding.account;

import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** POST /api/activations/{token}: the password policy and the form's checks; a refused form leaves the link usable. */
@JourneyTest
class ActivationApiTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;

    private String tokenOfNewAccount() {
        String email = uniqueEmail();
        journey.register(email);
        journey.runDueJobs();
        return activationTokenFromMail(greenMail, email);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "Ab1!short, Le mot de passe est trop court.",
            "alllowercaseletters, Utilisez au moins 3 des 4 types de caractères",
            "ALLUPPERCASE2026, Utilisez au moins 3 des 4 types de caractères",
            "Fumoux-Facture-2026, Le mot de passe ne doit contenir ni votre nom",
            "Gwenael-Factures-2026, Le mot de passe ne doit contenir ni votre nom",
            "Password1234, Ce mot de passe est trop courant",
    })
    void aPasswordBreakingThePolicyIsRefusedWithTheRule(String password, String message) {
        String token = tokenOfNewAccount();

        ResponseEntity<Map<String, Object>> response = journey.post("/api/activations/" + token, Journey.activationForm(password));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(errors(response)).anySatisfy(e -> {
            assertThat(e.get("field")).isEqualTo("password");
            assertThat(e.get("message")).startsWith(message);
        });
        assertThat(journey.get("/api/activations/" + token).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void accentedLettersCountAsSpecialCharacters() {
        String token = tokenOfNewAccount();

        ResponseEntity<Map<String, Object>> response = journey.post("/api/activations/" + token,
                Journey.activationForm("élémentairemoncher9"));

        assertThat(response.getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void aVeryLongPassphraseIsAccepted() {
        String token = tokenOfNewAccount();

        ResponseEntity<Map<String, Object>> response = journey.post("/api/activations/" + token,
                Journey.activationForm("Le petit cheval blanc galope dans la plaine 42 fois par jour".repeat(2)));

        assertThat(response.getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void theConfirmationMustMatch() {
        String token = tokenOfNewAccount();
        Map<String, Object> form = new HashMap<>(Journey.activationForm(Journey.STRONG_PASSWORD));
        form.put("passwordConfirmation", "Autre-Chose-2026!");

        ResponseEntity<Map<String, Object>> response = journey.post("/api/activations/" + token, form);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("passwordConfirmation");
    }

    @Test
    void theSecretQuestionAndAnswerAreRequired() {
        String token = tokenOfNewAccount();
        Map<String, Object> form = new HashMap<>(Journey.activationForm(Journey.STRONG_PASSWORD));
        form.put("secretQuestion", "");
        form.remove("secretAnswer");

        ResponseEntity<Map<String, Object>> response = journey.post("/api/activations/" + token, form);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field")).contains("secretQuestion", "secretAnswer");
    }

    @Test
    void aSecretQuestionTooLongIsToldSoNotAskedFor() {
        String token = tokenOfNewAccount();
        Map<String, Object> form = new HashMap<>(Journey.activationForm(Journey.STRONG_PASSWORD));
        form.put("secretQuestion", "Q".repeat(256));

        ResponseEntity<Map<String, Object>> response = journey.post("/api/activations/" + token, form);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(response)).extracting(e -> e.get("field") + ": " + e.get("message"))
                .containsExactly("secretQuestion: Trop long : 255 caractères au maximum.");
    }

    @Test
    void anUnknownTokenIsRefusedWith410() {
        ResponseEntity<Map<String, Object>> response = journey.get("/api/activations/not-a-token");

        assertThat(response.getStatusCode().value()).isEqualTo(410);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aPendingAccountCannotLogIn() {
        String email = uniqueEmail();
        journey.register(email);
        journey.runDueJobs();

        assertThat(journey.getAs("/api/me", email, Journey.STRONG_PASSWORD).getStatusCode().value()).isEqualTo(401);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(ResponseEntity<Map<String, Object>> response) {
        return (List<Map<String, String>>) response.getBody().get("errors");
    }
}
