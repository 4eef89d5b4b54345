package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;
import fr.onboarding.Journey;

/** "Mon compte" as its holder uses it: personal data, password, structures in words. */
@BrowserTest
class MyAccountPageBrowserTest {

    Browser browser;

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;
    @LocalServerPort
    int port;

    @Test
    void aNewContactAddressIsSavedAndBothAddressesAreTold() {
        String holder = journey.newActiveAccount(greenMail, "fr");
        String newContact = Journey.uniqueEmail();
        browser.logIn(holder, Journey.STRONG_PASSWORD);
        browser.fill("Prénom", "Anne-Sophie").fill("Adresse électronique de contact", newContact).click("Enregistrer");

        assertThat(browser.text()).contains("Vos informations personnelles ont été enregistrées.");
        assertThat(browser.field("Prénom").getDomProperty("value")).isEqualTo("Anne-Sophie");
        journey.runDueJobs();
        assertThat(Journey.mailsTo(greenMail, newContact)).isNotEmpty();
        assertThat(Journey.mailsTo(greenMail, holder)).hasSizeGreaterThan(2);
        browser.assertAccessible().screenshot("account-fr");
    }

    @Test
    void aWrongCurrentPasswordIsShownByItsFieldAndNothingChanges() {
        String holder = journey.newActiveAccount(greenMail, "fr");
        browser.logIn(holder, Journey.STRONG_PASSWORD);
        browser.fill("Nouveau mot de passe", "Autre-Mot-De-Passe-2026").fill("Confirmation du nouveau mot de passe",
                "Autre-Mot-De-Passe-2026");
        browser.find("#passwordCurrentPassword").sendKeys("Pas-Le-Bon-2026");
        browser.click("Changer de mot de passe");

        assertThat(browser.find("#passwordCurrentPassword").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#passwordCurrentPassword-error").getText()).isNotBlank();
        assertThat(browser.find("#loginEmailCurrentPassword").getDomAttribute("aria-invalid")).isEqualTo("false");
        browser.assertAccessible().screenshot("account-password-error-fr");
        assertThat(journey.getAs("/api/me", holder).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aNewPasswordThatBreaksTheRulesIsToldByItsFieldAndOnlyKnownNewsAreAnnounced() {
        String holder = journey.newActiveAccount(greenMail, "fr");
        browser.logIn(holder, Journey.STRONG_PASSWORD);
        browser.find("#passwordCurrentPassword").sendKeys(Journey.STRONG_PASSWORD);
        browser.fill("Nouveau mot de passe", "court").fill("Confirmation du nouveau mot de passe", "court")
                .click("Changer de mot de passe");

        assertThat(browser.field("Nouveau mot de passe").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#newPassword-error").getText()).isNotBlank();
        assertThat(browser.find(".error-summary a[href='#newPassword']").getText()).startsWith("Nouveau mot de passe :");

        browser.open("/account?saved=Appelez%20le%200800");
        assertThat(browser.findAll("[role=status]")).isEmpty();
        assertThat(browser.text()).doesNotContain("??", "Appelez");
    }

    @Test
    void structuresAreListedWithRoleAndStatusInWordsInTheAccountsLanguage() {
        String manager = journey.newActiveAccount(greenMail, "en");
        journey.newStructure(manager);
        browser.logIn(manager, Journey.STRONG_PASSWORD);

        assertThat(browser.text()).contains("Primary manager", "Attached").doesNotContain("PRIMARY_MANAGER", "APPROVED");
        browser.assertAccessible().screenshot("account-en");
    }

    @Test
    void theLanguageSwitchedToWhileLoggedInBecomesTheAccountsLanguage() {
        String holder = journey.newActiveAccount(greenMail, "fr");
        browser.logIn(holder, Journey.STRONG_PASSWORD);
        browser.click("English");

        assertThat(browser.find("h1").getText()).isEqualTo("My account");
        assertThat(journey.getAs("/api/me", holder).getBody().get("language")).isEqualTo("en");
        browser.forgetEverything().logIn(holder, Journey.STRONG_PASSWORD);
        assertThat(browser.find("h1").getText()).isEqualTo("My account");
        browser.open("/robots.txt");
        assertThat(browser.title()).isEqualTo("Page not found");
    }

    @Test
    void aNewPasswordLogsOutTheAccountsOtherSessionsButNotThisOne() {
        String holder = journey.newActiveAccount(greenMail, "fr");
        try (Browser elsewhere = new Browser(port)) {
            elsewhere.logIn(holder, Journey.STRONG_PASSWORD);
            browser.logIn(holder, Journey.STRONG_PASSWORD);
            browser.find("#passwordCurrentPassword").sendKeys(Journey.STRONG_PASSWORD);
            browser.fill("Nouveau mot de passe", "Autre-Mot-De-Passe-2026")
                    .fill("Confirmation du nouveau mot de passe", "Autre-Mot-De-Passe-2026").click("Changer de mot de passe");

            browser.open("/account");
            assertThat(browser.path()).isEqualTo("/account");
            elsewhere.open("/account");
            assertThat(elsewhere.path()).isEqualTo("/login");
            assertThat(elsewhere.text()).contains("Votre session a pris fin : le mot de passe du compte a changé.");
            assertThat(journey.getAs("/api/me", holder, "Autre-Mot-De-Passe-2026").getStatusCode().value()).isEqualTo(200);
        }
    }
}
