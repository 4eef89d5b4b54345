package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierType.AUTRE;
import static fr.onboarding.structure.IdentifierType.PARTICULIER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Private individuals (PARTICULIER) and structures whose registration is in progress (AUTRE). */
class FreeIdentifiersTest {

    @Test
    void anIndividualsIdentifierIsKeptAsTypedWithSpacesTidied() {
        assertThat(IdentifierRules.check(PARTICULIER, "  Jean\u00A0 Dupont, 12 rue d'Hauteville ", null))
                .isEqualTo(new Validated.Valid(new Identifier(PARTICULIER, "Jean Dupont, 12 rue d'Hauteville")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PARTICULIER", "AUTRE"})
    void eightyCharactersAreAllowedButNotMore(IdentifierType type) {
        assertThat(IdentifierRules.check(type, "A".repeat(80), null)).isInstanceOf(Validated.Valid.class);
        assertThat(IdentifierRules.check(type, "A".repeat(81), null))
                .isEqualTo(new Validated.Invalid("identifier.freeText.tooLong"));
    }

    @Test
    void aRegistrationInProgressIdentifierIsUpperCasedWithSpacesTidied() {
        assertThat(IdentifierRules.check(AUTRE, " Dossier  greffe-2026.114 é ", null))
                .isEqualTo(new Validated.Valid(new Identifier(AUTRE, "DOSSIER GREFFE-2026.114 É")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dossier n°12", "greffe/2026", "SIRET: à venir", "a_b", "ticket #4"})
    void aRegistrationInProgressIdentifierAllowsOnlyLettersDigitsSpacesDashesAndDots(String identifier) {
        assertThat(IdentifierRules.check(AUTRE, identifier, null))
                .isEqualTo(new Validated.Invalid("identifier.autre.characters"));
    }
}
