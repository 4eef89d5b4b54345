package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;
import fr.onboarding.Journey;

/** "Mot de passe oublié ?" as a person follows it: the request, the mailed link, the secret question. */
@BrowserTest
class PasswordResetPagesBrowserTest {

    Browser browser;

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;

    private void openTheMailedLink(String holder) {
        browser.open("/?lang=fr").click("Se connecter").click("Mot de passe oublié ?");
        browser.fill("Adresse électronique de connexion", holder).click("Valider");
        assertThat(browser.text()).contains("Si un compte utilise cette adresse, un courriel vient d'y être envoyé.");
        journey.runDueJobs();
        browser.open("/password-reset/" + Journey.linkTokenFromMail(greenMail, holder, "password-reset"));
    }

    private Browser answer(String secretAnswer) {
        return browser.fill("Réponse", secretAnswer).fill("Mot de passe", "Nouveau-Mot-De-Passe-2026")
                .fill("Confirmation", "Nouveau-Mot-De-Passe-2026").click("Valider");
    }

    @Test
    void theRightAnswerSetsTheNewPassword() {
        String holder = journey.newActiveAccount(greenMail, "fr");
        openTheMailedLink(holder);
        assertThat(browser.text()).contains("Nom de mon premier chat ?");
        browser.assertAccessible().screenshot("password-reset-fr");

        answer("Félix le Chat");

        assertThat(browser.title()).isEqualTo("Votre mot de passe a été modifié");
        browser.logIn(holder, "Nouveau-Mot-De-Passe-2026");
    }

    @Test
    void theThirdWrongAnswerSaysTheLinkIsDeadRatherThanAskingAgain() {
        String holder = journey.newActiveAccount(greenMail, "fr");
        openTheMailedLink(holder);

        answer("Tom");
        assertThat(browser.title()).isEqualTo("Choisir un nouveau mot de passe");
        assertThat(browser.field("Réponse").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(".error-summary a[href='#secretAnswer']").getText()).startsWith("Réponse à la question secrète :");
        assertThat(browser.field("Réponse").getDomProperty("value")).as("the answer is not shown back").isEmpty();
        browser.assertAccessible().screenshot("password-reset-error-fr");
        answer("Garfield");
        assertThat(browser.title()).isEqualTo("Choisir un nouveau mot de passe");
        answer("Sylvestre");

        assertThat(browser.title()).isEqualTo("Lien plus valable");
        browser.assertAccessible();
    }
}
