package fr.onboarding.structure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How people write identifiers: grouped with spaces (non-breaking ones when pasted from a
 * document), dots or dashes (including the typographic dashes word processors substitute).
 */
final class WrittenForm {

    private static final Pattern SPACES = Pattern.compile("[\\s\\h]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\h.\\-\u2010-\u2015\u2212]+");

    private WrittenForm() {
    }

    /** Unlike {@link String#isBlank()}, non-breaking spaces count as blank. */
    static boolean isBlank(String raw) {
        return raw == null || withoutSpaces(raw).isEmpty();
    }

    static String withoutSpaces(String raw) {
        return SPACES.matcher(raw).replaceAll("");
    }

    static String withoutSeparators(String raw) {
        return SEPARATORS.matcher(raw).replaceAll("");
    }

    /** Trimmed, every run of spaces (non-breaking included) made one plain space. */
    static String singleSpaced(String raw) {
        return SPACES.matcher(raw).replaceAll(" ").strip();
    }

    static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
