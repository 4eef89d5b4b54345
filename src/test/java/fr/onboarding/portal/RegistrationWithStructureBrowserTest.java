package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;
import fr.onboarding.Journey;

/** "Créer un compte en quelques clics" (2020 guide): the account with its structure, or with a request to join one. */
@BrowserTest
class RegistrationWithStructureBrowserTest {

    /** In the bundled sample directory, and created by no other test of this context. */
    static final String SIRET_OF_THE_SAMPLE = "356 000 000 04863";

    Browser browser;

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;

    private void fillPersonalInformation(String email) {
        browser.fill("Confirmez votre adresse e-mail", email).fill("Prénom", "Gwenaël").fill("Nom", "Fumoux")
                .tick("J'accepte les conditions");
    }

    @Test
    void theAccountAndItsStructurePreFilledFromTheRegistryThenActivation() {
        String email = Journey.uniqueEmail();
        browser.open("/?lang=fr").click("Créer un compte et ma structure en quelques clics");
        browser.assertAccessible().screenshot("register-with-structure-fr");
        browser.fill("Adresse e-mail", email).fill("Numéro de SIRET", SIRET_OF_THE_SAMPLE).click("Valider");

        assertThat(browser.field("Adresse e-mail").getDomProperty("value")).isEqualTo(email);
        assertThat(browser.field("Raison sociale").getDomProperty("value")).isEqualTo("LA POSTE");
        // One field per name and id: the person's phone is the structure's, not a second "phone" field.
        assertThat(browser.findAll("[id]")).extracting(e -> e.getDomAttribute("id")).doesNotHaveDuplicates();
        assertThat(browser.findAll("input[name]:not([type=radio]):not([type=checkbox]), select[name], textarea[name]"))
                .extracting(e -> e.getDomAttribute("name")).doesNotHaveDuplicates();
        fillPersonalInformation(email);
        browser.assertAccessible().screenshot("register-with-structure-details-fr");
        browser.click("Valider");
        assertThat(browser.title()).isEqualTo("Votre compte a bien été créé");

        journey.runDueJobs();
        browser.open("/activation/" + Journey.activationTokenFromMail(greenMail, email));
        browser.fill("Mot de passe", Journey.STRONG_PASSWORD).fill("Confirmation", Journey.STRONG_PASSWORD)
                .fill("Question secrète", "Ville de naissance ?").fill("Réponse", "Quimper").click("Valider");
        journey.runDueJobs();
        browser.logIn(email, Journey.STRONG_PASSWORD);
        assertThat(browser.text()).contains("LA POSTE", "Gestionnaire principal", "Rattaché");
    }

    @Test
    void withoutSiretTheAccountAsksToJoinAStructureAlreadyInThePortal() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        String structure = journey.newStructure(manager);
        int managerMails = Journey.mailsTo(greenMail, manager).size();
        String email = Journey.uniqueEmail();

        browser.open("/register/with-structure?lang=fr").click("Je n'ai pas de numéro de SIRET");
        browser.fill("Adresse e-mail", email).choose("Type d'identifiant", "En cours d'immatriculation")
                .fill("Identifiant", structure).click("Valider");
        assertThat(browser.findAll("input[name=companyName]")).isEmpty();
        assertThat(browser.field("La structure (y compris l'ensemble de ses services)").isSelected()).isTrue();
        fillPersonalInformation(email);
        browser.assertAccessible().screenshot("register-join-fr");
        browser.click("Valider");

        assertThat(browser.errors()).isEmpty();
        assertThat(browser.title()).isEqualTo("Votre compte a bien été créé");
        journey.runDueJobs();
        assertThat(Journey.mailsTo(greenMail, manager)).hasSize(managerMails + 1);
    }

    @Test
    void aMalformedSiretIsToldByItsField() {
        browser.open("/register/with-structure?lang=en");
        browser.fill("E-mail address", Journey.uniqueEmail()).fill("SIRET number", "123").click("Validate");

        assertThat(browser.errors()).isNotEmpty();
        assertThat(browser.field("SIRET number").getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible().screenshot("register-with-structure-error-en");
    }
}
