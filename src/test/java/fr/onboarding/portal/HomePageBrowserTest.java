package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;

@BrowserTest
class HomePageBrowserTest {

    Browser browser;

    @Test
    void theHomePageLeadsToEveryStepInFrenchThenEnglish() {
        browser.open("/?lang=fr");
        assertThat(browser.title()).isEqualTo("Bienvenue sur le portail Chorus Pro");
        assertThat(browser.text()).contains("Créer un compte", "Se connecter", "Mot de passe oublié ?", "Contacter le support");
        browser.assertAccessible().screenshot("home-fr");

        browser.click("English");
        assertThat(browser.title()).isEqualTo("Welcome to the Chorus Pro portal");
        browser.open("/login");
        assertThat(browser.text()).contains("Log in");
        browser.open("/");
        browser.assertAccessible().screenshot("home-en");
    }
}
