package fr.onboarding.structure;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Properties of every type, over identifier-like input (digits, letters, separators, accents). */
class IdentifierRulesPropertiesTest {

    private static final String COMPANY = "Pacific Trading Company";

    /** A valid identifier in compact form, and a written form of it. */
    record Written(IdentifierType type, String compact, String written) {
    }

    record Input(IdentifierType type, String text) {
    }

    @Property(tries = 2000)
    void normalisingIsIdempotent(@ForAll("inputs") Input input) {
        Validated first = check(input.type(), input.text());
        Statistics.collect(input.type(), first instanceof Validated.Valid);
        if (first instanceof Validated.Valid valid) {
            assertThat(check(input.type(), valid.identifier().value())).isEqualTo(valid);
        }
        // Guards against a generator that makes some type's valid branch vacuous.
        for (IdentifierType each : IdentifierType.values()) {
            Statistics.coverage(checker -> checker.check(each, true).count((Integer n) -> n >= 20));
        }
    }

    @Property(tries = 2000)
    void everyRefusalHasAMessageInBothLanguages(@ForAll("inputs") Input input) {
        if (check(input.type(), input.text()) instanceof Validated.Invalid invalid) {
            assertThat(StructureBundles.FRENCH).containsKey(invalid.messageKey());
            assertThat(StructureBundles.ENGLISH).containsKey(invalid.messageKey());
        }
    }

    @Property
    void aValueIsNeverLongerThanItsTypeAllows(@ForAll("inputs") Input input) {
        if (check(input.type(), input.text()) instanceof Validated.Valid valid) {
            int max = switch (input.type()) {
                case SIRET -> 14;
                case UE_HORS_FRANCE, HORS_UE -> 18;
                case RIDET -> 10;
                case TAHITI -> 9;
                case PARTICULIER, AUTRE -> 80;
            };
            assertThat(valid.identifier().value()).hasSizeLessThanOrEqualTo(max);
        }
    }

    @Property
    void aWrittenFormIsTheSameIdentifierAsItsCompactForm(@ForAll("writtenForms") Written sample) {
        assertThat(check(sample.type(), sample.written()).orThrow())
                .isEqualTo(new Identifier(sample.type(), sample.compact()));
    }

    private static Validated check(IdentifierType type, String input) {
        return IdentifierRules.check(type, input, COMPANY);
    }

    /** Any type with identifier-like text, or a type with a written form of one of its identifiers. */
    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Input> anyType = Combinators.combine(Arbitraries.of(IdentifierType.class), identifierLike())
                .as(Input::new);
        Arbitrary<Input> ownType = writtenForms().map(w -> new Input(w.type(), w.written()));
        return Arbitraries.oneOf(anyType, ownType);
    }

    private static Arbitrary<String> identifierLike() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789 .-\u00A0ABELUSWFRaéÉ+*/").ofMaxLength(24);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789 .").ofMinLength(8).ofMaxLength(16);
        Arbitrary<String> vat = Arbitraries.of("DE", "be", "EL", "IE", "NL", "FR", "GR", "US")
                .flatMap(prefix -> digits.map(rest -> prefix + rest));
        Arbitrary<String> outsideEu = Arbitraries.of("US", "us ", "FRWF", "CH", "DE", "WF")
                .flatMap(code -> Arbitraries.integers().between(12, COMPANY.length())
                        .map(n -> code + COMPANY.substring(0, n)));
        return Arbitraries.oneOf(noise, digits, vat, outsideEu);
    }

    @Provide
    Arbitrary<Written> writtenForms() {
        return Arbitraries.oneOf(
                writtenForm(IdentifierType.SIRET, "73282932000074", " \u00A0\u202F"),
                writtenForm(IdentifierType.UE_HORS_FRANCE, "NL004495445B01", " .-\u00A0"),
                writtenForm(IdentifierType.HORS_UE, "USPACIFICTRADINGCO", " \u00A0"),
                writtenForm(IdentifierType.RIDET, "1234567001", " .-\u00A0"),
                writtenForm(IdentifierType.TAHITI, "A12345001", " .-\u00A0"));
    }

    /** The compact form with one run of separators inserted at some place. */
    private static Arbitrary<Written> writtenForm(IdentifierType type, String compact, String separators) {
        Arbitrary<String> run = Arbitraries.strings().withChars(separators).ofMinLength(1).ofMaxLength(3);
        return Combinators.combine(Arbitraries.integers().between(0, compact.length()), run, Arbitraries.of(true, false))
                .as((at, separator, lowerCase) -> {
                    String written = compact.substring(0, at) + separator + compact.substring(at);
                    return new Written(type, compact, lowerCase ? written.toLowerCase() : written);
                });
    }
}
