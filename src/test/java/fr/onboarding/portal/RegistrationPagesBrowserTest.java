package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;
import fr.onboarding.Journey;

/** The account-first journey (2022 guide) as a person clicks it, from the home page to "Mon compte". */
@BrowserTest
class RegistrationPagesBrowserTest {

    Browser browser;

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;

    private void fillPersonalInformation(String email) {
        browser.fill("Adresse e-mail", email).fill("Confirmez votre adresse e-mail", email)
                .fill("Prénom", "Gwenaël").fill("Nom", "Le Goff").fill("Téléphone", "+33 2 98 00 00 00");
    }

    @Test
    void fromTheHomePageToAnActiveAccountThatLogsIn() {
        String email = Journey.uniqueEmail();
        browser.open("/?lang=fr").click("Créer un compte");
        assertThat(browser.title()).isEqualTo("Créer mon compte");
        browser.assertAccessible().screenshot("register-fr");
        fillPersonalInformation(email);
        browser.tick("J'accepte les conditions").click("Créer mon compte");

        assertThat(browser.title()).isEqualTo("Votre compte a bien été créé");
        assertThat(browser.text()).containsIgnoringCase("En cas de non réception du courriel d'activation").doesNotContain(email);
        browser.assertAccessible().screenshot("register-done-fr");

        journey.runDueJobs();
        browser.open("/activation/" + Journey.activationTokenFromMail(greenMail, email));
        browser.fill("Mot de passe", "facture");
        assertThat(browser.findAll("#password-rules li.met")).isEmpty();
        assertThat(browser.find("#password-rules [data-rule=length]").getText()).startsWith("✗ pas encore");
        browser.fill("Mot de passe", "Factures-2026");
        assertThat(browser.findAll("#password-rules li.met")).hasSize(2);
        browser.assertAccessible().screenshot("activation-fr");
        browser.fill("Mot de passe", Journey.STRONG_PASSWORD).fill("Confirmation", Journey.STRONG_PASSWORD)
                .fill("Question secrète", "Ville de naissance ?").fill("Réponse", "Quimper").click("Valider");
        assertThat(browser.title()).isEqualTo("Votre compte est activé");
        browser.click("Se connecter");
        browser.fill("Adresse électronique de connexion", email).fill("Mot de passe", Journey.STRONG_PASSWORD)
                .click("Se connecter");

        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.field("Prénom").getDomProperty("value")).isEqualTo("Gwenaël");
        assertThat(browser.field("Nom").getDomProperty("value")).isEqualTo("Le Goff");
        assertThat(browser.text()).contains(email);
    }

    @Test
    void errorsAreShownByTheirFieldsAndTheSameAnswerComesForATakenAddress() throws Exception {
        String taken = journey.newActiveAccount(greenMail, "fr");
        browser.open("/register?lang=fr");
        browser.fill("Adresse e-mail", "pas-une-adresse").click("Créer mon compte");

        assertThat(browser.title()).isEqualTo("Créer mon compte");
        assertThat(browser.errors()).contains("Vous devez accepter les conditions.");
        assertThat(browser.field("Prénom").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("Prénom").getDomAttribute("aria-describedby")).isEqualTo("firstName-error");
        browser.assertAccessible().screenshot("register-errors-fr");

        browser.click("English");
        browser.fill("E-mail address", "not-an-address").click("Create my account");
        assertThat(browser.errors()).contains("You must accept the conditions.");
        browser.assertAccessible().screenshot("register-errors-en");

        browser.open("/register?lang=fr");
        fillPersonalInformation(taken);
        browser.tick("J'accepte les conditions").click("Créer mon compte");
        assertThat(browser.title()).isEqualTo("Votre compte a bien été créé");
    }

    @Test
    void aDoubleClickOnCreateRegistersOnceAndSendsNoAttemptWarning() throws Exception {
        String email = Journey.uniqueEmail();
        browser.open("/register?lang=fr");
        fillPersonalInformation(email);
        browser.tick("J'accepte les conditions");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var form = document.querySelector('main form'); form.requestSubmit(); setTimeout(function () { form.requestSubmit(); }, 30);");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> driver.getTitle().equals("Votre compte a bien été créé"));
        journey.runDueJobs();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : Journey.mailsTo(greenMail, email)) {
            subjects.add(mail.getSubject());
        }
        assertThat(subjects).containsExactlyInAnyOrder("Chorus Pro : votre compte utilisateur a bien été créé",
                "Chorus Pro : activez votre compte utilisateur");
    }
}
