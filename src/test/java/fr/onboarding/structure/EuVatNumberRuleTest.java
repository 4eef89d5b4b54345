package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierType.UE_HORS_FRANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EuVatNumberRuleTest {

    private static final String[] ONE_VALID_NUMBER_PER_STATE = {"ATU13585627", "BE0403019261", "BG175074752",
        "CY10259033P", "CZ25123891", "DE136695976", "DK13585628", "EE100931558", "EL094014201", "ESA28015865",
        "FI20774740", "HR33392005961", "HU12892312", "IE6433435F", "IT00743110157", "LT119511515", "LU15027442",
        "LV40003521600", "MT11679112", "NL004495445B01", "PL5260250995", "PT501964843", "RO18547290",
        "SE556188840401", "SI50223054", "SK2022749619"};

    private static Validated check(String raw) {
        return IdentifierRules.check(UE_HORS_FRANCE, raw, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ATU13585627", "BE0403019261", "BE1234567890", "BG175074752", "BG1750747521",
        "CY10259033P", "CZ25123891", "CZ7103192745", "DE136695976", "DK13585628", "EE100931558", "EL094014201",
        "ESA28015865", "ESX1234567L", "ES12345678Z", "FI20774740", "HR33392005961", "HU12892312", "IE6433435F",
        "IE1234567WA", "IE8Z49289F", "IE1+23456T", "IE1*23456T", "IT00743110157", "LT119511515", "LT100001919017",
        "LU15027442", "LV40003521600", "MT11679112", "NL004495445B01", "PL5260250995", "PT501964843", "RO12",
        "RO18547290", "RO1234567890", "SE556188840401", "SI50223054", "SK2022749619"})
    void aNumberInItsMemberStateFormatIsAccepted(String number) {
        assertThat(check(number)).isEqualTo(new Validated.Valid(new Identifier(UE_HORS_FRANCE, number)));
    }

    @Test
    void everyMemberStateButFranceHasAFormat() {
        Set<String> covered = Stream.of(ONE_VALID_NUMBER_PER_STATE)
                .filter(n -> check(n) instanceof Validated.Valid)
                .map(n -> n.startsWith("EL") ? "GR" : n.substring(0, 2))
                .collect(Collectors.toSet());
        assertThat(covered).hasSize(26).doesNotContain("FR")
                .containsAll(EuropeanUnion.MEMBER_STATES.stream().filter(s -> !s.equals("FR")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT13585627", "BE2403019261", "BE403019261", "BG17507475", "CY102590331", "CZ1234567",
        "DE13669597", "DK135856289", "EE10093155", "EL09401420", "ESA2801586", "ES-12345678", "FI207747401",
        "HR3339200596", "HU1289231", "IE6433435", "IE6433435FAB", "IE1+2345T", "IT0074311015", "LT1195115150",
        "LU150274421", "LV4000352160", "MT1167911", "NL004495445A01", "NL004495445B1", "PL526025099", "PT50196484",
        "RO1", "RO12345678901", "SE55618884040", "SI5022305", "SK202274961", "DE", "123456789", "D1"})
    void aNumberOutOfItsMemberStateFormatIsRefused(String number) {
        assertThat(check(number)).isEqualTo(new Validated.Invalid("identifier.ueHorsFrance.format"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "be 0403.019.261|BE0403019261",
        "DE 136 695 976|DE136695976",
        "NL004495445-B01|NL004495445B01",
        "atu\u00A013585627|ATU13585627",
        "ie 1+23456t|IE1+23456T"})
    void writtenFormsAreNormalised(String written, String compact) {
        assertThat(check(written).orThrow().value()).isEqualTo(compact);
    }

    @Test
    void aFrenchNumberIsRefusedForTheSiret() {
        assertThat(check("FR40303265045")).isEqualTo(new Validated.Invalid("identifier.ueHorsFrance.france"));
    }

    @Test
    void greeceIsWrittenElNotGr() {
        assertThat(check("GR094014201")).isEqualTo(new Validated.Invalid("identifier.ueHorsFrance.greece"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB980780684", "CHE116281710", "XI980780684", "NO974760673", "US123456789"})
    void aCountryOutsideTheEuIsRefused(String number) {
        assertThat(check(number)).isEqualTo(new Validated.Invalid("identifier.ueHorsFrance.notEu"));
    }

    @Test
    void moreThanEighteenCharactersAreRefused() {
        assertThat(check("DE1369959761234567890")).isEqualTo(new Validated.Invalid("identifier.ueHorsFrance.tooLong"));
    }

    @Test
    void eighteenCharactersAreNotTooLongButJudgedByTheFormat() {
        // 18 is the field's limit: a number of that length is told its format is wrong, not its length.
        assertThat(check("DE1369959761234567")).isEqualTo(new Validated.Invalid("identifier.ueHorsFrance.format"));
    }

    @Test
    void theSirenIsOnlyForSirets() {
        assertThat(check("DE136695976").orThrow().siren()).isNull();
    }
}
