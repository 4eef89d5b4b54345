package fr.onboarding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Browser;
import fr.onboarding.BrowserTest;
import fr.onboarding.Journey;

/** Creating a structure from the registry, choosing workspaces, and asking to join, as the guides show them. */
@BrowserTest
class StructurePagesBrowserTest {

    /** In the bundled sample directory, and created by no other test of this context. */
    static final String SIRET_OF_THE_SAMPLE = "498 765 122 00011";
    static final String CLOSED_SIRET = "79876543400013";

    Browser browser;

    @Autowired
    Journey journey;
    @Autowired
    GreenMail greenMail;

    @Test
    void aSupplierCreatesItsCompanyFromTheRegistryChoosesWorkspacesAndAColleagueAsksToJoin() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        browser.logIn(manager, Journey.STRONG_PASSWORD).click("Créer une nouvelle structure");
        assertThat(browser.text()).contains("14 chiffres");
        browser.assertAccessible().screenshot("structure-identify-fr");
        browser.fill("Identifiant", SIRET_OF_THE_SAMPLE).click("Valider");

        assertThat(browser.field("Raison sociale").getDomProperty("value")).isEqualTo("CONSEIL BRETON EN ORGANISATION");
        assertThat(browser.field("Déposer des demandes de paiement").isSelected()).isTrue();
        assertThat(browser.field("Créer et/ou consulter des DUME").isSelected()).isFalse();
        browser.assertAccessible().screenshot("structure-prefilled-fr");
        browser.click("Valider");

        assertThat(browser.title()).isEqualTo("Mes espaces de travail");
        assertThat(browser.text()).contains("gestionnaire principal");
        assertThat(browser.find("#ISSUED_INVOICES-yes").isSelected()).isTrue();
        browser.assertAccessible().screenshot("workspaces-fr");
        browser.find("#JUSTICE_FEE_STATEMENTS-yes").click();
        browser.click("Valider");
        assertThat(browser.errors()).isNotEmpty();
        browser.fill("Catégorie de prestataire", "Interprète traducteur").click("Valider");

        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.text()).contains("CONSEIL BRETON EN ORGANISATION", "Gestionnaire principal", "Rattaché",
                "Mémoires de frais de justice : OUI");

        String colleague = journey.newActiveAccount(greenMail, "fr");
        browser.forgetEverything().logIn(colleague, Journey.STRONG_PASSWORD).click("Créer une nouvelle structure");
        browser.fill("Identifiant", SIRET_OF_THE_SAMPLE).click("Valider");
        assertThat(browser.text()).containsIgnoringCase("Cette structure existe déjà dans Chorus Pro");
        assertThat(browser.findAll("input[name=companyName]")).isEmpty();
        browser.assertAccessible().screenshot("structure-existing-fr");
        browser.click("Demander le rattachement à cette structure");
        browser.assertAccessible().screenshot("attachment-fr");
        browser.click("Demander le rattachement à cette structure");

        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.text()).contains("CONSEIL BRETON EN ORGANISATION", "Utilisateur", "En attente");
    }

    @Test
    void aClosedEstablishmentIsRefusedWithItsReasonAndEachTypeSaysItsFormat() {
        String someone = journey.newActiveAccount(greenMail, "fr");
        browser.logIn(someone, Journey.STRONG_PASSWORD);
        browser.open("/account/structures/new?identifierType=SIRET&identifier=" + CLOSED_SIRET);
        assertThat(browser.errors()).singleElement().asString().containsIgnoringCase("fermé");
        browser.assertAccessible().screenshot("structure-closed-fr");

        browser.choose("Type d'identifiant", "Structure avec un RIDET").click("Valider");
        assertThat(browser.text()).contains("rang de l'établissement");
        browser.click("English");
        assertThat(browser.text()).contains("Type of identifier");
        browser.assertAccessible().screenshot("structure-identify-en");
    }

    @Test
    void aStructureFromAnotherMemberStateListsItsAddressErrorsInOrderAndHasItsAddressThere() {
        String manager = journey.newActiveAccount(greenMail, "fr");
        browser.logIn(manager, Journey.STRONG_PASSWORD).click("Créer une nouvelle structure");
        browser.choose("Type d'identifiant", "Structure européenne hors France").click("Valider");
        browser.fill("Identifiant", "DE" + String.format("%09d", System.nanoTime() % 1_000_000_000L)).click("Valider");
        browser.fill("Raison sociale", "Rheinische Rechnungen GmbH").click("Valider");

        assertThat(browser.findAll(".error-summary a")).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#line", "#postalCode", "#city", "#countryCode");
        browser.fill("Adresse", "Domplatz 1").fill("Code postal", "50667").fill("Ville", "Köln")
                .fill("Pays (code ISO, ex. FR)", "FR").click("Valider");
        assertThat(browser.find("#countryCode-error").getText()).startsWith("Le pays de l'adresse doit être celui du numéro de TVA");
        browser.fill("Pays (code ISO, ex. FR)", "DE").click("Valider");

        assertThat(browser.title()).isEqualTo("Mes espaces de travail");
    }
}
