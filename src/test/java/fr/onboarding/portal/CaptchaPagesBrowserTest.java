package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.onboarding.Browser;
import fr.onboarding.BrowserExtension;
import fr.onboarding.Journey;
import fr.onboarding.MockedCollaboratorsJourneyTest;

/** The captcha as production has it, on the account form: characters to copy, or the browser's proof of work. */
@MockedCollaboratorsJourneyTest
@ExtendWith(BrowserExtension.class)
class CaptchaPagesBrowserTest {

    Browser browser;

    @Autowired
    JdbcTemplate database;

    private Browser fillTheAccountForm() {
        String email = Journey.uniqueEmail();
        return browser.open("/register?lang=fr").fill("Adresse e-mail", email).fill("Confirmez votre adresse e-mail", email)
                .fill("Prénom", "Gwenaël").fill("Nom", "Le Goff").tick("J'accepte les conditions");
    }

    @Test
    void thePersonCopiesTheCharactersOfThePictureAfterAWrongTry() {
        fillTheAccountForm().fill("Recopiez les caractères de l'image", "AAAAAA").click("Créer mon compte");

        assertThat(browser.errors()).anySatisfy(error -> assertThat(error).contains("captcha"));
        assertThat(browser.field("Recopiez les caractères de l'image").getDomProperty("value")).as("the used answer").isEmpty();
        String challengeId = browser.find("input[name=captchaId]").getDomProperty("value");
        String characters = database.queryForObject("select answer from captcha_challenge where id = ?", String.class, challengeId);
        browser.fill("Recopiez les caractères de l'image", characters.toLowerCase()).click("Créer mon compte");

        assertThat(browser.title()).isEqualTo("Votre compte a bien été créé");
    }

    @Test
    void whoeverCannotReadThePictureLetsTheBrowserProveItsWork() {
        fillTheAccountForm().find("#captcha-alternative").click(); // no new page: the work is done in this one

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver ->
                browser.find("#captcha-status").getText().startsWith("Vérification terminée"));
        assertThat(browser.field("Recopiez les caractères de l'image").getDomProperty("value")).matches("\\d+");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('captcha-status').scrollIntoView();");
        browser.assertAccessible().screenshot("register-captcha-alternative-fr");
        browser.click("Créer mon compte");

        assertThat(browser.title()).isEqualTo("Votre compte a bien été créé");
    }
}
