package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierType.HORS_UE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutsideEuRuleTest {

    private static Validated check(String raw, String companyName) {
        return IdentifierRules.check(HORS_UE, raw, companyName);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "USACMECORPORATIONL|Acme Corporation Ltd",
        "us acme corporation l|Acme Corporation Ltd",
        "CHNESTLÉ|Nestlé",
        "GBMARKS&SPENCERGRO|Marks & Spencer Group plc",
        "NCSLN|SLN",
        "JPTOYOTAMOTORCORPO|Toyota Motor Corporation"})
    void aCountryCodeFollowedByTheStartOfTheNameIsAccepted(String identifier, String companyName) {
        Identifier accepted = check(identifier, companyName).orThrow();
        assertThat(accepted.value()).isEqualTo(identifier.toUpperCase().replace(" ", ""));
        assertThat(accepted.siren()).isNull();
    }

    @Test
    void wallisAndFutunaIsFrwfFollowedByFourteenCharacters() {
        assertThat(check("FRWF Société du Pacif", "Société du Pacifique Sud").orThrow().value())
                .isEqualTo("FRWFSOCIÉTÉDUPACIF");
        assertThat(check("FRWFSOCIÉTÉDUPACI", "Société du Pacifique Sud"))
                .isEqualTo(new Validated.Invalid("identifier.horsUe.name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USACMECORP", "USACMECORPORATION", "CAACMECORPORATIONM", "US ACME-CORPORATION"})
    void anIdentifierThatIsNotTheStartOfTheNameIsRefused(String identifier) {
        assertThat(check(identifier, "Acme Corporation Ltd")).isEqualTo(new Validated.Invalid("identifier.horsUe.name"));
    }

    @Test
    void accentsOfTheNameAreNotIgnored() {
        assertThat(check("CHNESTLE", "Nestlé")).isEqualTo(new Validated.Invalid("identifier.horsUe.name"));
    }

    @Test
    void aDifferentNameIsRefused() {
        assertThat(check("USACMECORPORATIONL", "Globex Corporation"))
                .isEqualTo(new Validated.Invalid("identifier.horsUe.name"));
    }

    @Test
    void moreThanEighteenCharactersAreRefused() {
        assertThat(check("USACMECORPORATIONLTD", "Acme Corporation Ltd"))
                .isEqualTo(new Validated.Invalid("identifier.horsUe.tooLong"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEACMEGMBH", "GRACMEAE", "ITACMESPA", "ieacmeltd"})
    void anEuCountryIsRefusedForTheVatNumber(String identifier) {
        assertThat(check(identifier, "Acme")).isEqualTo(new Validated.Invalid("identifier.horsUe.eu"));
    }

    @Test
    void franceIsRefusedForTheSiret() {
        assertThat(check("FRACME", "Acme")).isEqualTo(new Validated.Invalid("identifier.horsUe.france"));
    }

    @Test
    void wallisAndFutunaIsNotWrittenWf() {
        assertThat(check("WFACME", "Acme")).isEqualTo(new Validated.Invalid("identifier.horsUe.wallisAndFutuna"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UKACME", "ELACME", "XXACME", "12ACME", "U"})
    void anUnknownCountryCodeIsRefused(String identifier) {
        assertThat(check(identifier, "Acme")).isEqualTo(new Validated.Invalid("identifier.horsUe.country"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\u00A0"})
    void withoutACompanyNameOnlyTheCountryPartIsChecked(String companyName) {
        assertThat(check("us acme", companyName)).isEqualTo(new Validated.Valid(new Identifier(IdentifierType.HORS_UE, "USACME")));
        assertThat(check("DEACME", companyName)).isEqualTo(new Validated.Invalid("identifier.horsUe.eu"));
    }
}
