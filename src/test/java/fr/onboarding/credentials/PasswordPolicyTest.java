package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


class PasswordPolicyTest {

    private static PasswordPolicy policy(int minLength) {
        return new PasswordPolicy(new PasswordSettings(minLength, 128, new PasswordSettings.Hashing(19 * 1024, 2)));
    }

    private final PasswordPolicy portal2022 = policy(12);

    @ParameterizedTest
    @ValueSource(strings = {"Facture-2026-ok", "facture2026!zz", "FACTURE2026!ZZ", "Facturesémises", "ça va très bien 2"})
    void threeOfFourClassesOfTwelveCharactersPass(String password) {
        assertThat(portal2022.violations(password, "Jean", "Dupont", "jean.dupont@example.fr")).isEmpty();
    }

    /** The e-mail's domain names nobody: a password may contain "orange" or "example". */
    @Test
    void theEmailsDomainIsNoPersonalWord() {
        assertThat(portal2022.violations("Orange-Mecanique-2026", "Jean", "Dupont", "jean.dupont@orange.fr")).isEmpty();
        assertThat(portal2022.violations("Dupont-Mecanique-2026", "Jean", "Martin", "jean.dupont@orange.fr"))
                .containsExactly("password.personal");
    }

    @Test
    void twoClassesAreNotEnough() {
        assertThat(portal2022.violations("facturesemises", "Jean")).containsExactly("password.characterClasses");
    }

    @Test
    void elevenCharactersAreTooShortUnderThe2022Rule() {
        assertThat(portal2022.violations("Facture-26!")).containsExactly("password.tooShort");
    }

    @Test
    void eightCharactersAreEnoughUnderThe2020Rule() {
        assertThat(policy(8).violations("Fac-2026")).isEmpty();
    }

    @Test
    void atMost128Characters() {
        assertThat(portal2022.violations("Aa1!".repeat(33))).containsExactly("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "Azertyuiop123!", "Motdepasse2026", "!!Sunshine2020!!"})
    void commonPasswordsAndTheirDecoratedFormsAreRefused(String password) {
        assertThat(portal2022.violations(password)).contains("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dupont-Factures-1", "JEAN-factures-2026", "Factures-jean.dupont", "Hélène-Factures-9"})
    void theNameOrEmailIsRefusedWhateverItsCaseOrAccents(String password) {
        assertThat(portal2022.violations(password, "Helene", "Dupont", "jean.dupont@example.fr"))
                .contains("password.personal");
    }

    @Test
    void aCommonPasswordIsRefusedAsItIsEvenWhenItsCoreIsNot() {
        // "1qaz2wsx" is on the list; its core "qaz2wsx" is not.
        assertThat(policy(8).violations("1qaz2wsx")).contains("password.common");
    }

    @Test
    void aNameOfThreeLettersIsRefused() {
        assertThat(portal2022.violations("Factures-Lea-2026", "Léa", "Martin"))
                .containsExactly("password.personal");
    }

    @Test
    void namePartsShorterThanThreeLettersAreIgnored() {
        // "Jo" would refuse every password with "jo" in it: joyeux, bonjour, major...
        assertThat(portal2022.violations("Joyeuses-Factures-26", "Jo", "Martin", "jo.li@example.fr")).isEmpty();
    }

    @Test
    void aMissingNameOrEmailIsIgnored() {
        // An account may have no contact e-mail.
        assertThat(portal2022.violations("Facture-2026-ok", "Jean", "Dupont", "jean.dupont@example.fr", null)).isEmpty();
    }

    @Test
    void theMinimumLengthTheFormsStateIsTheConfiguredOne() {
        assertThat(policy(8).minLength()).isEqualTo(8);
        assertThat(portal2022.minLength()).isEqualTo(12);
    }
}
