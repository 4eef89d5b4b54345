package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierType.SIRET;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class SiretPropertiesTest {

    private static Validated check(String raw) {
        return IdentifierRules.check(SIRET, raw, null);
    }

    @Property
    void anyFourteenDigitsWithALuhnCheckDigitAreAccepted(@ForAll("luhnValid") String siret) {
        Identifier identifier = check(siret).orThrow();
        assertThat(identifier.value()).isEqualTo(siret);
        assertThat(identifier.siren()).isEqualTo(siret.substring(0, 9));
    }

    @Property
    void anySingleDigitChangeBreaksTheCheck(@ForAll("luhnValid") String siret,
            @ForAll @IntRange(max = 13) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char changed = (char) ('0' + (siret.charAt(position) - '0' + shift) % 10);
        String typo = siret.substring(0, position) + changed + siret.substring(position + 1);
        Assume.that(!typo.startsWith(Siret.LA_POSTE_SIREN));
        assertThat(check(typo)).isEqualTo(new Validated.Invalid("identifier.siret.luhn"));
    }

    @Property
    void aLaPosteNumberIsAcceptedExactlyWhenItsDigitSumIsAMultipleOfFiveOrItPassesLuhn(
            @ForAll @NumericChars @StringLength(5) String nic) {
        String siret = Siret.LA_POSTE_SIREN + nic;
        boolean expected = digitSum(siret) % 5 == 0 || siret.equals(withLuhnCheckDigit(siret.substring(0, 13)));
        assertThat(check(siret)).isInstanceOf(expected ? Validated.Valid.class : Validated.Invalid.class);
    }

    @Property
    void spacesAnywhereGiveTheCompactForm(@ForAll("luhnValid") String siret, @ForAll("spaces") String space,
            @ForAll @IntRange(max = 14) int at) {
        String written = siret.substring(0, at) + space + siret.substring(at);
        assertThat(check(written)).isEqualTo(check(siret));
    }

    @Provide
    Arbitrary<String> luhnValid() {
        return Arbitraries.strings().numeric().ofLength(13).map(SiretPropertiesTest::withLuhnCheckDigit);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(' ', '\u00A0', '\u202F', '\t').ofMinLength(1).ofMaxLength(3);
    }

    /** Written independently of the production code: the digit that makes the Luhn sum a multiple of 10. */
    private static String withLuhnCheckDigit(String thirteenDigits) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int digit = thirteenDigits.charAt(12 - i) - '0';
            sum += i % 2 == 0 ? (digit * 2) / 10 + (digit * 2) % 10 : digit;
        }
        return thirteenDigits + (10 - sum % 10) % 10;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
