package fr.onboarding.structure;

/** The SIRET check digit rule: Luhn over the 14 digits, with INSEE's exception for La Poste. */
final class Siret {

    static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    /**
     * La Poste numbers its many establishments so that the digit sum is a multiple of 5 instead
     * of passing Luhn; its head office (356 000 000 00048) passes Luhn, so both are accepted.
     */
    static boolean checksumHolds(String fourteenDigits) {
        return luhn(fourteenDigits)
                || fourteenDigits.startsWith(LA_POSTE_SIREN) && digitSum(fourteenDigits) % 5 == 0;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
