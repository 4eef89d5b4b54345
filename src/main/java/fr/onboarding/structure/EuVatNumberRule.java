package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierRules.invalid;
import static fr.onboarding.structure.IdentifierRules.valid;

/** {@link IdentifierType#UE_HORS_FRANCE}: the intra-EU VAT number of a member state other than France. */
final class EuVatNumberRule {

    private static final int MAX_LENGTH = 18;

    private EuVatNumberRule() {
    }

    /** @param value without separators, upper case */
    static Validated check(String value) {
        if (value.length() > MAX_LENGTH) {
            return invalid("identifier.ueHorsFrance.tooLong");
        }
        String prefix = value.substring(0, Math.min(2, value.length()));
        if (prefix.equals("FR")) {
            return invalid("identifier.ueHorsFrance.france");
        }
        if (prefix.equals("GR")) {
            return invalid("identifier.ueHorsFrance.greece");
        }
        if (!prefix.matches("[A-Z]{2}")) {
            return invalid("identifier.ueHorsFrance.format");
        }
        if (!EuropeanUnion.hasVatPrefix(prefix)) {
            return invalid("identifier.ueHorsFrance.notEu");
        }
        return EuropeanUnion.vatFormatHolds(prefix, value.substring(2)) ? valid(IdentifierType.UE_HORS_FRANCE, value)
                : invalid("identifier.ueHorsFrance.format");
    }
}
