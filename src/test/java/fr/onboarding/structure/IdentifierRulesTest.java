package fr.onboarding.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.InvalidInputException.FieldProblem;

class IdentifierRulesTest {

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void aMissingIdentifierIsRequiredWhateverTheType(IdentifierType type) {
        assertThat(IdentifierRules.check(type, null, "Acme")).isEqualTo(new Validated.Invalid("identifier.required"));
        assertThat(IdentifierRules.check(type, " \u00A0\t", "Acme")).isEqualTo(new Validated.Invalid("identifier.required"));
    }

    @Test
    void aBrokenRuleBecomesAFieldErrorOnIdentifier() {
        assertThatThrownBy(() -> IdentifierRules.check(IdentifierType.SIRET, "73282932000079", null).orThrow())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("identifier", "identifier.siret.luhn")));
    }

    @Test
    void aValidIdentifierIsReturnedByOrThrow() {
        assertThat(IdentifierRules.check(IdentifierType.RIDET, "1234567.001", null).orThrow())
                .isEqualTo(new Identifier(IdentifierType.RIDET, "1234567001"));
    }

    @Test
    void keysAreDerivedFromTheTypeName() {
        assertThat(IdentifierType.UE_HORS_FRANCE.labelKey()).isEqualTo("identifier.UE_HORS_FRANCE.label");
        assertThat(IdentifierType.UE_HORS_FRANCE.hintKey()).isEqualTo("identifier.UE_HORS_FRANCE.hint");
    }
}
