package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierType.SIRET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretRuleTest {

    private static Validated check(String raw) {
        return IdentifierRules.check(SIRET, raw, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "55208131766522", "13002526500013"})
    void aSiretPassingLuhnIsAccepted(String siret) {
        assertThat(check(siret)).isEqualTo(new Validated.Valid(new Identifier(SIRET, siret)));
    }

    @Test
    void theSirenIsTheFirstNineDigits() {
        assertThat(check("732 829 320 00074").orThrow().siren()).isEqualTo("732829320");
    }

    @ParameterizedTest
    @ValueSource(strings = {"732 829 320 00074", " 73282932000074 ", "732\u00A0829\u00A0320\u00A000074", "732\u202F829 320 00074"})
    void spacesOfAnyKindAreIgnored(String written) {
        assertThat(check(written).orThrow().value()).isEqualTo("73282932000074");
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000079", "73282932000047", "13001971000018"})
    void aSiretFailingLuhnIsRefused(String siret) {
        assertThat(check(siret)).isEqualTo(new Validated.Invalid("identifier.siret.luhn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7328293200007", "732829320000740", "732829320", "7328293200007A", "732.829.320.00074",
            "732-829-320-00074"})
    void anythingButFourteenDigitsIsRefused(String written) {
        assertThat(check(written)).isEqualTo(new Validated.Invalid("identifier.siret.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"35600000049530", "35600000000051", "35600000012346"})
    void aLaPosteEstablishmentWhoseDigitSumIsAMultipleOfFiveIsAccepted(String siret) {
        assertThat(Siret.luhn(siret)).isFalse();
        assertThat(check(siret).orThrow().siren()).isEqualTo("356000000");
    }

    @Test
    void theLaPosteHeadOfficeIsAcceptedByLuhn() {
        // 3+5+6+4+8 = 26: not a multiple of 5, but its check digit follows Luhn.
        assertThat(check("356 000 000 00048").orThrow().value()).isEqualTo("35600000000048");
    }

    @Test
    void aLaPosteNumberFailingBothRulesIsRefused() {
        assertThat(check("35600000000049")).isEqualTo(new Validated.Invalid("identifier.siret.luhn"));
    }

    @Test
    void theDigitSumRuleIsOnlyForLaPoste() {
        // Digit sum 30, Luhn broken: refused outside La Poste.
        assertThat(check("13001971000026")).isEqualTo(new Validated.Invalid("identifier.siret.luhn"));
    }
}
