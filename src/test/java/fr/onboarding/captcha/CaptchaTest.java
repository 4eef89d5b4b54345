package fr.onboarding.captcha;

import static fr.onboarding.Journey.registration;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import fr.onboarding.Journey;
import fr.onboarding.MockedCollaboratorsJourneyTest;

/**
 * The registration's captcha, switched on as in production. The test reads the expected
 * characters from the store, since it cannot read the picture as a person does.
 */
@MockedCollaboratorsJourneyTest
class CaptchaTest {

    @Autowired
    Journey journey;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired
    CaptchaChallengeRepository challenges;


    private String answerOf(String challengeId) {
        return challenges.findById(challengeId).orElseThrow().getAnswer();
    }

    private ResponseEntity<Map<String, Object>> registerWith(String captchaId, String answer) {
        Map<String, Object> body = registration(uniqueEmail());
        body.put("captchaId", captchaId);
        body.put("captchaAnswer", answer);
        return journey.post("/api/accounts", body);
    }

    /** Pages offer what the guides show: the picture, a new one on demand, the characters to copy. */
    @Test
    void theForgottenPasswordPageOffersANewImageAndKeepsTheAddress() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, "fr");
        String page = http.exchange("/password-reset", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers), String.class).getBody();

        assertThat(page).contains("data:image/png;base64,", "name=\"newImage\"", "Nouvelle image", "for=\"captchaAnswer\"");
    }

    @Test
    void aChallengeIsAPngPictureOfCharacters() throws Exception {
        ResponseEntity<Map<String, Object>> challenge = journey.get("/api/captcha");

        assertThat(challenge.getStatusCode().value()).isEqualTo(200);
        assertThat(challenge.getHeaders().getCacheControl()).contains("no-store");
        String image = (String) challenge.getBody().get("image");
        assertThat(image).startsWith("data:image/png;base64,");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(image.substring("data:image/png;base64,".length()))));
        assertThat(png.getWidth()).isGreaterThan(100);
    }

    /** What a browser (or any ALTCHA client) does for someone who cannot read the picture. */
    private static String solve(Map<String, Object> proofOfWork) throws Exception {
        assertThat(proofOfWork.get("algorithm")).isEqualTo("SHA-256");
        Altcha.Solution solution = Altcha.solveChallenge((String) proofOfWork.get("challenge"), (String) proofOfWork.get("salt"),
                Altcha.Algorithm.SHA256, ((Number) proofOfWork.get("maxnumber")).longValue(), 0);
        return String.valueOf(solution.number);
    }

    @Test
    void aProofOfWorkIsTheAlternativeAndItsSolutionLetsTheRegistrationThrough() throws Exception {
        ResponseEntity<Map<String, Object>> challenge = journey.get("/api/captcha?alternative=proof-of-work");

        assertThat(challenge.getBody()).doesNotContainKeys("image", "question");
        Map<String, Object> proofOfWork = (Map<String, Object>) challenge.getBody().get("proofOfWork");
        assertThat(((Number) proofOfWork.get("maxnumber")).longValue()).isEqualTo(200_000L);
        String id = (String) challenge.getBody().get("id");
        assertThat(registerWith(id, solve(proofOfWork)).getStatusCode().value()).isEqualTo(202);
    }

    @Test
    void aProofOfWorkNotDoneIsAFieldError() {
        ResponseEntity<Map<String, Object>> challenge = journey.get("/api/captcha?alternative=proof-of-work");
        String id = (String) challenge.getBody().get("id");
        int guess = Integer.parseInt(answerOf(id)) + 1;

        assertThat(registerWith(id, String.valueOf(guess)).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theSumInWordsAScriptSolvedIsGone() {
        ResponseEntity<Map<String, Object>> refused = journey.get("/api/captcha?alternative=text");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("field=alternative");
    }

    @Test
    void theRightCharactersInAnyCaseLetTheRegistrationThrough() {
        String id = (String) journey.get("/api/captcha").getBody().get("id");

        assertThat(registerWith(id, answerOf(id).toLowerCase()).getStatusCode().value()).isEqualTo(202);
    }

    @Test
    void wrongCharactersAreAFieldError() {
        String id = (String) journey.get("/api/captcha").getBody().get("id");

        ResponseEntity<Map<String, Object>> response = registerWith(id, "WRONG1");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(e -> e.get("field")).containsExactly("captchaAnswer");
    }

    @Test
    void aMissingCaptchaIsAFieldError() {
        assertThat(registerWith(null, null).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aChallengeServesOnceEvenWhenFailed() {
        String id = (String) journey.get("/api/captcha").getBody().get("id");
        String answer = answerOf(id);
        registerWith(id, "WRONG1");

        assertThat(registerWith(id, answer).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aRefusedPasswordResetStillUsesTheChallengeUp() {
        String id = (String) journey.get("/api/captcha").getBody().get("id");
        String answer = answerOf(id);
        Map<String, Object> reset = Map.of("loginEmail", uniqueEmail(), "captchaId", id, "captchaAnswer", "WRONG1");

        assertThat(journey.post("/api/password-resets", reset).getStatusCode().value()).isEqualTo(400);
        assertThat(journey.post("/api/password-resets", Map.of("loginEmail", uniqueEmail(), "captchaId", id,
                "captchaAnswer", answer)).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aChallengeExpiresAfterFiveMinutes() {
        String id = (String) journey.get("/api/captcha").getBody().get("id");
        String answer = answerOf(id);
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));

        assertThat(registerWith(id, answer).getStatusCode().value()).isEqualTo(400);
    }
}
