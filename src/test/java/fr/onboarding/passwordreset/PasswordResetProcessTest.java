package fr.onboarding.passwordreset;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.linkTokenFromMail;
import static fr.onboarding.Journey.mailsTo;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** password-reset, path by path: the mailed link, the secret question, the new password. */
@JourneyTest
class PasswordResetProcessTest {

    static final String NEW_PASSWORD = "Nouveau-Départ-2027";

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    HistoryService history;


    /** The password-reset instance the last {@link #askForReset} started (found by id: other tests move the clock). */
    private String lastReset;

    private void askForReset(String email) {
        Set<String> before = resetIds();
        assertThat(journey.post("/api/password-resets", Map.of("loginEmail", email)).getStatusCode().value()).isEqualTo(202);
        journey.runDueJobs();
        Set<String> started = resetIds();
        started.removeAll(before);
        lastReset = started.iterator().next();
    }

    private Set<String> resetIds() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("password-reset").list().stream()
                .map(HistoricProcessInstance::getId).collect(Collectors.toCollection(HashSet::new));
    }

    private String activeAccountWithResetLink() {
        String email = journey.newActiveAccount(greenMail, "fr");
        askForReset(email);
        return email;
    }

    private static Map<String, Object> resetForm(String answer, String password) {
        return Map.of("secretAnswer", answer, "password", password, "passwordConfirmation", password);
    }

    private String endOfLastReset() {
        return history.createHistoricProcessInstanceQuery().processInstanceId(lastReset).singleResult().getEndActivityId();
    }

    @Test
    void anActiveAccountGetsALinkAnswersItsQuestionAndChoosesANewPassword() {
        String email = activeAccountWithResetLink();
        String token = linkTokenFromMail(greenMail, email, "password-reset");

        assertThat(endOfLastReset()).isEqualTo("ResetLinkSent");
        assertThat(mailsTo(greenMail, email)).extracting(Journey::subject).contains("Chorus Pro : réinitialisez votre mot de passe");
        assertThat(journey.get("/api/password-resets/" + token).getBody())
                .containsEntry("secretQuestion", "Nom de mon premier chat ?");

        ResponseEntity<Map<String, Object>> reset = journey.post("/api/password-resets/" + token,
                resetForm(" FELIX le chat", NEW_PASSWORD));

        assertThat(reset.getStatusCode().value()).isEqualTo(204);
        assertThat(journey.getAs("/api/me", email, NEW_PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(journey.getAs("/api/me", email, STRONG_PASSWORD).getStatusCode().value()).isEqualTo(401);
        assertThat(journey.post("/api/password-resets/" + token, resetForm("Félix le Chat", "Encore-Autre-2028"))
                .getStatusCode().value()).isEqualTo(410);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String email = uniqueEmail();

        askForReset(email);

        assertThat(endOfLastReset()).isEqualTo("NothingToSend");
        assertThat(mailsTo(greenMail, email)).isEmpty();
    }

    @Test
    void anAccountNotYetActivatedGetsANewActivationLinkAndTheOldOneDies() {
        String email = uniqueEmail();
        journey.register(email);
        journey.runDueJobs();
        String oldToken = Journey.activationTokenFromMail(greenMail, email);
        // Asked for again once the first mail is a while late (a link a few minutes old answers any request).
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(10))));

        askForReset(email);

        assertThat(endOfLastReset()).isEqualTo("ActivationLinkResent");
        String newToken = Journey.activationTokenFromMail(greenMail, email);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(journey.get("/api/activations/" + oldToken).getStatusCode().value()).isEqualTo(410);
        assertThat(journey.post("/api/activations/" + newToken, Journey.activationForm(STRONG_PASSWORD))
                .getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void aWrongAnswerIsCountedAndTheLinkIsBurntAfterThree() {
        String email = activeAccountWithResetLink();
        String token = linkTokenFromMail(greenMail, email, "password-reset");

        for (int i = 0; i < 2; i++) {
            ResponseEntity<Map<String, Object>> wrong = journey.post("/api/password-resets/" + token, resetForm("Garfield", NEW_PASSWORD));
            assertThat(wrong.getStatusCode().value()).isEqualTo(400);
            assertThat((List<Map<String, String>>) wrong.getBody().get("errors")).extracting(e -> e.get("field"))
                    .containsExactly("secretAnswer");
        }
        journey.post("/api/password-resets/" + token, resetForm("Garfield", NEW_PASSWORD));

        assertThat(journey.post("/api/password-resets/" + token, resetForm("Félix le Chat", NEW_PASSWORD))
                .getStatusCode().value()).isEqualTo(410);
        assertThat(journey.getAs("/api/me", email, STRONG_PASSWORD).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theNewPasswordFollowsThePolicyAndAWeakOneLeavesTheLinkUsable() {
        String email = activeAccountWithResetLink();
        String token = linkTokenFromMail(greenMail, email, "password-reset");

        ResponseEntity<Map<String, Object>> weak = journey.post("/api/password-resets/" + token, resetForm("Félix le Chat", "Soleil2026!"));

        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) weak.getBody().get("errors")).extracting(e -> e.get("field")).contains("password");
        assertThat(journey.get("/api/password-resets/" + token).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theLinkExpiresAfterSixtyMinutes() {
        String email = activeAccountWithResetLink();
        String token = linkTokenFromMail(greenMail, email, "password-reset");

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(61))));

        assertThat(journey.get("/api/password-resets/" + token).getStatusCode().value()).isEqualTo(410);
    }

    @Test
    void aNewRequestRevokesTheEarlierLink() {
        String email = activeAccountWithResetLink();
        String first = linkTokenFromMail(greenMail, email, "password-reset");

        askForReset(email);

        assertThat(journey.get("/api/password-resets/" + first).getStatusCode().value()).isEqualTo(410);
        assertThat(journey.get("/api/password-resets/" + linkTokenFromMail(greenMail, email, "password-reset"))
                .getStatusCode().value()).isEqualTo(200);
    }
}
