package fr.onboarding.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.onboarding.registry.Establishment.Address;
import fr.onboarding.registry.RegistryAnswer.Found;
import fr.onboarding.registry.RegistryAnswer.NotFound;
import fr.onboarding.structure.IdentifierRules;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.Validated;

/** The bundled directory of the default run: valid SIRETs, mapped like SIRENE's own answers. */
class SampleDirectoryTest {

    private final SampleDirectory directory = new SampleDirectory();

    @Test
    void everyBundledSiretPassesTheSiretRuleAndIsFound() throws IOException {
        List<String> sirets = bundledSirets();

        assertThat(sirets).hasSizeGreaterThanOrEqualTo(9).doesNotHaveDuplicates();
        assertThat(sirets).allSatisfy(siret -> {
            assertThat(IdentifierRules.check(IdentifierType.SIRET, siret, null)).as("SIRET rule for %s", siret)
                    .isInstanceOf(Validated.Valid.class);
            assertThat(directory.lookup(siret)).isInstanceOf(Found.class);
        });
    }

    @Test
    void activeCompanyIsFoundWithItsNameAndAddress() {
        assertThat(directory.lookup("81234567600017")).isEqualTo(new Found(new Establishment("81234567600017",
                "812345676", "FACTURES ET CIE", true, true,
                new Address("12 BOULEVARD VOLTAIRE", null, null, "75011", "PARIS 11", "FR"), "5710")));
    }

    @Test
    void closedEstablishmentIsInactive() {
        Establishment closed = found("79876543400013");

        assertThat(closed.active()).isFalse();
        assertThat(closed.companyName()).isEqualTo("ANCIENNE MERCERIE LILLOISE");
    }

    @Test
    void nonDiffusibleEstablishmentHasNoAddressAndNoMaskedValue() {
        assertThat(directory.lookup("83456712500010")).isEqualTo(new Found(new Establishment("83456712500010",
                "834567125", null, true, false, null, "1000")));
    }

    @Test
    void naturalPersonIsNamedByFirstNameThenLastName() {
        Establishment person = found("88012345000012");

        assertThat(person.companyName()).isEqualTo("MARIE DURAND");
        assertThat(person.address().line()).isEqualTo("5 BIS IMPASSE DES LILAS");
    }

    @Test
    void laPosteEstablishmentIsFoundByItsSiret() {
        Establishment office = found("35600000004863");

        assertThat(office.siren()).isEqualTo("356000000");
        assertThat(office.companyName()).isEqualTo("LA POSTE");
        assertThat(office.address().line()).isEqualTo("10 PLACE ANTONIN PONCET");
    }

    @ParameterizedTest
    @CsvSource({
            "90123456700013, BOULANGERIE DU VIEUX PORT,      3 QUAI DU PORT,           ,           , 13002, MARSEILLE",
            "52345678800018, ALPES INGENIERIE,               7 AVENUE ALSACE LORRAINE, ,           , 38000, GRENOBLE",
            "49876512200011, CONSEIL BRETON EN ORGANISATION, 2 ALLEE DES TANNEURS,     BATIMENT C, CS 40001, 35000, RENNES",
            "84567890300012, TRANSPORTS GARONNE LOGISTIQUE,  118 ROUTE DE NARBONNE,    ,           , 31400, TOULOUSE"})
    void ordinaryCompaniesAreFoundWithStreetTypesSpelledOut(String siret, String name, String line,
                                                            String complement1, String complement2,
                                                            String postalCode, String city) {
        assertThat(found(siret)).isEqualTo(new Establishment(siret, siret.substring(0, 9), name, true, true,
                new Address(line, complement1, complement2, postalCode, city, "FR"), "5710"));
    }

    @ParameterizedTest
    @CsvSource({
            "21450123100010, COMMUNE DE SAINT-ANDRE-SUR-LOIRE,            7210",
            "13002641200010, AGENCE NATIONALE DES DONNEES DE FACTURATION, 7389"})
    void publicBodiesCarryTheirPublicLawLegalCategory(String siret, String name, String legalCategory) {
        Establishment body = found(siret);

        assertThat(body.companyName()).isEqualTo(name);
        assertThat(body.legalCategory()).isEqualTo(legalCategory);
    }

    @Test
    void unknownSiretIsNotFound() {
        assertThat(directory.lookup("75312468400022")).isEqualTo(new NotFound());
    }

    private Establishment found(String siret) {
        RegistryAnswer answer = directory.lookup(siret);
        assertThat(answer).isInstanceOf(Found.class);
        return ((Found) answer).establishment();
    }

    private static List<String> bundledSirets() throws IOException {
        try (InputStream in = SampleDirectoryTest.class.getResourceAsStream("/" + SampleDirectory.RESOURCE)) {
            return new ObjectMapper().readTree(in).findValuesAsText("siret");
        }
    }
}
