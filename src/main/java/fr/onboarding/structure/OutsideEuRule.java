package fr.onboarding.structure;

import static fr.onboarding.structure.IdentifierRules.invalid;
import static fr.onboarding.structure.IdentifierRules.valid;

import java.util.Locale;
import java.util.Set;

/**
 * {@link IdentifierType#HORS_UE}: ISO 3166 alpha-2 code of a country outside the EU + the first 16
 * characters of the company name (Wallis-et-Futuna: {@code FRWF} + the first 14). Both the
 * identifier and the name are compared without spaces and in upper case, so "us Acme Corp" and
 * "USACMECORP" are the same identifier of "Acme Corp", kept in that compact form; accents and
 * punctuation of the name are kept as they are. Without a name (look-up, attachment request),
 * only the country part is checked; a creation always gives the name.
 */
final class OutsideEuRule {

    private static final int MAX_LENGTH = 18;

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int NAME_PART = 16;
    private static final String WALLIS_AND_FUTUNA = "FRWF";
    private static final int WALLIS_AND_FUTUNA_NAME_PART = 14;

    private OutsideEuRule() {
    }

    static Validated check(String rawIdentifier, String companyName) {
        String value = compact(rawIdentifier);
        if (value.length() > MAX_LENGTH) {
            return invalid("identifier.horsUe.tooLong");
        }
        boolean wallisAndFutuna = value.startsWith(WALLIS_AND_FUTUNA);
        String prefix = wallisAndFutuna ? WALLIS_AND_FUTUNA : value.substring(0, Math.min(2, value.length()));
        if (!wallisAndFutuna) {
            String problem = countryProblem(prefix);
            if (problem != null) {
                return invalid(problem);
            }
        }
        // Looking a structure up or asking to join it gives no name: the country part is all there is to check.
        if (WrittenForm.isBlank(companyName)) {
            return valid(IdentifierType.HORS_UE, value);
        }
        String name = compact(companyName);
        String expected = prefix + name.substring(0,
                Math.min(wallisAndFutuna ? WALLIS_AND_FUTUNA_NAME_PART : NAME_PART, name.length()));
        return value.equals(expected) ? valid(IdentifierType.HORS_UE, value) : invalid("identifier.horsUe.name");
    }

    /** The message key if the code is not that of a country outside the EU, else null. */
    private static String countryProblem(String code) {
        if (!ISO_COUNTRIES.contains(code)) {
            return "identifier.horsUe.country";
        }
        if (code.equals("FR")) {
            return "identifier.horsUe.france";
        }
        // Wallis-et-Futuna has its own code (WF) but the portal writes it FRWF.
        if (code.equals("WF")) {
            return "identifier.horsUe.wallisAndFutuna";
        }
        return EuropeanUnion.MEMBER_STATES.contains(code) ? "identifier.horsUe.eu" : null;
    }

    private static String compact(String written) {
        return WrittenForm.upper(WrittenForm.withoutSpaces(written));
    }
}
