package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierType.RIDET;
import static fr.onboarding.structure.IdentifierType.TAHITI;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** New Caledonia (RIDET) and French Polynesia (TAHITI). */
class RegionalIdentifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234567.001|1234567001",
        "123456 001|123456001",
        "0 123 456.002|0123456002",
        "1234567-001|1234567001",
        "123456001|123456001"})
    void aRidetIsSixOrSevenDigitsAndAThreeDigitRankWrittenAsYouLike(String written, String compact) {
        assertThat(IdentifierRules.check(RIDET, written, null))
                .isEqualTo(new Validated.Valid(new Identifier(RIDET, compact)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345001", "12345678001", "123456.01", "A234567001", "1234567/001", "....."})
    void aRidetOfAnotherShapeIsRefused(String written) {
        assertThat(IdentifierRules.check(RIDET, written, null)).isEqualTo(new Validated.Invalid("identifier.ridet.format"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123456001|123456001",
        "A12345001|A12345001",
        "a12345 001|A12345001",
        "B 12345.002|B12345002",
        "123 456-789|123456789"})
    void aTahitiNumberIsSixCharactersAndAThreeDigitEstablishment(String written, String compact) {
        assertThat(IdentifierRules.check(TAHITI, written, null))
                .isEqualTo(new Validated.Valid(new Identifier(TAHITI, compact)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345001", "1234567001", "AB1234001", "A1234500", "A123450012", "1A2345001", "É12345001"})
    void aTahitiNumberOfAnotherShapeIsRefused(String written) {
        assertThat(IdentifierRules.check(TAHITI, written, null)).isEqualTo(new Validated.Invalid("identifier.tahiti.format"));
    }
}
