package fr.onboarding.structure;

import java.util.Objects;

/** A structure identifier in its normalised form, as {@link IdentifierRules#check} returns it. */
public record Identifier(IdentifierType type, String value) {

    private static final int SIREN_LENGTH = 9;

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The company (first 9 digits of a SIRET): the e-invoicing directory is keyed on it; null for other types. */
    public String siren() {
        return type == IdentifierType.SIRET ? value.substring(0, SIREN_LENGTH) : null;
    }
}
