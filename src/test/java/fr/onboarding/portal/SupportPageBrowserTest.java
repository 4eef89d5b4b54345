package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;
import fr.onboarding.Journey;

/** "Contacter le support" from the home page: the ticket becomes a task for support. */
@BrowserTest
class SupportPageBrowserTest {

    Browser browser;

    @Autowired
    TaskService tasks;

    @Test
    void aTicketAboutAMissingActivationMailReachesSupport() {
        String email = Journey.uniqueEmail();
        browser.open("/?lang=fr").click("Contacter le support");
        browser.click("Envoyer");
        assertThat(browser.errors()).contains("Ce champ est obligatoire.");
        browser.assertAccessible().screenshot("support-errors-fr");

        browser.fill("Adresse e-mail", email).tick("Je n'ai pas reçu le courriel d'activation")
                .fill("Votre message", "Bonjour, je n'ai rien reçu depuis hier.").click("Envoyer");

        assertThat(browser.title()).isEqualTo("Votre sollicitation a été transmise");
        browser.assertAccessible().screenshot("support-sent-fr");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("support").processVariableValueEquals("requesterEmail", email)
                .count()).isEqualTo(1);
    }

    @Test
    void theFormSpeaksEnglish() {
        browser.open("/support?lang=en");
        assertThat(browser.title()).isEqualTo("Contact support");
        assertThat(browser.text()).contains("I did not receive the activation e-mail", "Other request");
        browser.assertAccessible().screenshot("support-en");
    }
}
