package fr.onboarding.structure;

import fr.onboarding.shared.InvalidInputException;

/** The outcome of {@link IdentifierRules#check}: the normalised identifier, or the message key of the broken rule. */
public sealed interface Validated {

    /** The form field the message belongs to. */
    String FIELD = "identifier";

    /** The identifier, or an {@link InvalidInputException} on field {@value #FIELD} (a problem+json field error). */
    Identifier orThrow();

    record Valid(Identifier identifier) implements Validated {
        @Override
        public Identifier orThrow() {
            return identifier;
        }
    }

    record Invalid(String messageKey) implements Validated {
        @Override
        public Identifier orThrow() {
            throw InvalidInputException.of(FIELD, messageKey);
        }
    }
}
