package fr.onboarding.structure;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The portal's rule for each {@link IdentifierType}. Written forms are normalised first (spaces,
 * and where the type allows them dots and dashes, removed; letters upper-cased), so the value of
 * a valid identifier is the same however it was typed. Plain Java: callers decide what a broken
 * rule becomes ({@link Validated#orThrow()} gives a problem+json field error).
 */
public final class IdentifierRules {

    private static final int MAX_FREE_LENGTH = 80;

    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");
    private static final Pattern RIDET = Pattern.compile("\\d{6,7}\\d{3}");
    private static final Pattern TAHITI = Pattern.compile("(?:\\d{6}|[A-Z]\\d{5})\\d{3}");
    private static final Pattern REGISTRATION_IN_PROGRESS = Pattern.compile("[\\p{L}0-9 .-]+");

    private IdentifierRules() {
    }

    /**
     * @param companyName the structure's name; only {@link IdentifierType#HORS_UE} uses it, as its
     *                    identifier is derived from it
     */
    public static Validated check(IdentifierType type, String rawIdentifier, String companyName) {
        Objects.requireNonNull(type, "type");
        if (WrittenForm.isBlank(rawIdentifier)) {
            return invalid("identifier.required");
        }
        return switch (type) {
            case SIRET -> siret(WrittenForm.withoutSpaces(rawIdentifier));
            case UE_HORS_FRANCE -> EuVatNumberRule.check(WrittenForm.upper(WrittenForm.withoutSeparators(rawIdentifier)));
            case HORS_UE -> OutsideEuRule.check(rawIdentifier, companyName);
            case RIDET -> matching(type, WrittenForm.withoutSeparators(rawIdentifier), RIDET, "identifier.ridet.format");
            case TAHITI -> matching(type, WrittenForm.upper(WrittenForm.withoutSeparators(rawIdentifier)), TAHITI,
                    "identifier.tahiti.format");
            case PARTICULIER -> individual(WrittenForm.singleSpaced(rawIdentifier));
            case AUTRE -> registrationInProgress(WrittenForm.upper(WrittenForm.singleSpaced(rawIdentifier)));
        };
    }

    private static Validated siret(String value) {
        if (!FOURTEEN_DIGITS.matcher(value).matches()) {
            return invalid("identifier.siret.format");
        }
        return Siret.checksumHolds(value) ? valid(IdentifierType.SIRET, value) : invalid("identifier.siret.luhn");
    }

    private static Validated matching(IdentifierType type, String value, Pattern format, String messageKey) {
        return format.matcher(value).matches() ? valid(type, value) : invalid(messageKey);
    }

    /** Free text, kept as typed (only spaces tidied): it names a person, not a registry entry. */
    private static Validated individual(String value) {
        return value.length() > MAX_FREE_LENGTH ? invalid("identifier.freeText.tooLong")
                : valid(IdentifierType.PARTICULIER, value);
    }

    private static Validated registrationInProgress(String value) {
        if (value.length() > MAX_FREE_LENGTH) {
            return invalid("identifier.freeText.tooLong");
        }
        return matching(IdentifierType.AUTRE, value, REGISTRATION_IN_PROGRESS, "identifier.autre.characters");
    }

    static Validated valid(IdentifierType type, String value) {
        return new Validated.Valid(new Identifier(type, value));
    }

    static Validated invalid(String messageKey) {
        return new Validated.Invalid(messageKey);
    }
}
