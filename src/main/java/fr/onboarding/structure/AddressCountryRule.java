package fr.onboarding.structure;

import java.util.Optional;

/**
 * A structure identified from abroad has its address there: a "structure européenne hors France"
 * in the member state of its VAT number, a "structure hors Union européenne" in the country its
 * identifier starts with. Other types are left to the person (overseas territories have their own
 * codes).
 */
public final class AddressCountryRule {

    private AddressCountryRule() {
    }

    /** The message key when {@code countryCode} cannot be the address of that valid identifier. */
    public static Optional<String> problem(Identifier identifier, String countryCode) {
        String value = identifier.value();
        return switch (identifier.type()) {
            case UE_HORS_FRANCE -> unless(vatCountry(value).equals(countryCode), "structure.countryCode.vat");
            case HORS_UE -> unless((value.startsWith("FRWF") ? "WF" : value.substring(0, 2)).equals(countryCode),
                    "structure.countryCode.identifier");
            default -> Optional.empty();
        };
    }

    /** Greece's VAT numbers start with EL, its country code is GR. */
    private static String vatCountry(String vatNumber) {
        String prefix = vatNumber.substring(0, 2);
        return prefix.equals("EL") ? "GR" : prefix;
    }

    private static Optional<String> unless(boolean holds, String messageKey) {
        return holds ? Optional.empty() : Optional.of(messageKey);
    }
}
