package fr.onboarding.structure;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The 27 member states and the VIES formats of their intra-EU VAT numbers. */
final class EuropeanUnion {

    /** ISO 3166 alpha-2 codes (Greece is GR here; only its VAT prefix is EL). */
    static final Set<String> MEMBER_STATES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    /** VAT prefix to the VIES format of what follows it, for the member states other than France. */
    private static final Map<String, Pattern> VAT_FORMATS = Map.ofEntries(
            entry("AT", Pattern.compile("U\\d{8}")),
            entry("BE", Pattern.compile("[01]\\d{9}")),
            entry("BG", Pattern.compile("\\d{9,10}")),
            entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            entry("CZ", Pattern.compile("\\d{8,10}")),
            entry("DE", Pattern.compile("\\d{9}")),
            entry("DK", Pattern.compile("\\d{8}")),
            entry("EE", Pattern.compile("\\d{9}")),
            entry("EL", Pattern.compile("\\d{9}")),
            entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            entry("FI", Pattern.compile("\\d{8}")),
            entry("HR", Pattern.compile("\\d{11}")),
            entry("HU", Pattern.compile("\\d{8}")),
            // Current form 1234567T or 1234567WA; the pre-2013 form 1A23456T or 1+23456T.
            entry("IE", Pattern.compile("\\d{7}[A-Z]{1,2}|\\d[A-Z+*]\\d{5}[A-Z]")),
            entry("IT", Pattern.compile("\\d{11}")),
            entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            entry("LU", Pattern.compile("\\d{8}")),
            entry("LV", Pattern.compile("\\d{11}")),
            entry("MT", Pattern.compile("\\d{8}")),
            entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            entry("PL", Pattern.compile("\\d{10}")),
            entry("PT", Pattern.compile("\\d{9}")),
            entry("RO", Pattern.compile("\\d{2,10}")),
            entry("SE", Pattern.compile("\\d{12}")),
            entry("SI", Pattern.compile("\\d{8}")),
            entry("SK", Pattern.compile("\\d{10}")));

    private EuropeanUnion() {
    }

    static boolean hasVatPrefix(String prefix) {
        return VAT_FORMATS.containsKey(prefix);
    }

    /** Whether the rest of the number fits the format of the state whose prefix starts it. */
    static boolean vatFormatHolds(String prefix, String rest) {
        return VAT_FORMATS.get(prefix).matcher(rest).matches();
    }
}
