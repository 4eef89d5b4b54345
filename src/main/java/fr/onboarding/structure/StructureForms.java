package fr.onboarding.structure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;

import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.RefusedException;

/**
 * The structure block of the portal's forms ("Je crée ma structure", "Créer une nouvelle structure"),
 * as the page sends it: the registry's data as starting values, and the fields back into a
 * {@link NewStructure}. One place for both pages.
 */
public final class StructureForms {

    private StructureForms() {
    }

    /** A look-up made for a page: what was found, or else the errors to show on the first step, by their field. */
    public record PageLookup(LookupResult found, Map<String, String> errors) {

        public boolean failed() {
            return found == null;
        }
    }

    /** Runs a look-up for a page: a malformed identifier, a closed establishment or a registry outage is told by the field. */
    public static PageLookup lookUp(Supplier<LookupResult> lookup, MessageSource messages, Locale locale) {
        try {
            return new PageLookup(lookup.get(), Map.of());
        } catch (InvalidInputException invalid) {
            return new PageLookup(null, invalid.messagesByField(messages, locale));
        } catch (RefusedException refused) {
            return new PageLookup(null, Map.of(Validated.FIELD, messages.getMessage(refused.detailKey(), null, locale)));
        }
    }

    /** What the form starts with: the registry's data, every field editable; payment requests on. */
    public static Map<String, String> prefilled(LookupResult found) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("identifierType", found.identifierType().name());
        form.put("identifier", found.identifier());
        put(form, "companyName", found.companyName());
        PostalAddress address = found.address();
        if (address != null) {
            put(form, "line", address.line());
            put(form, "complement1", address.complement1());
            put(form, "complement2", address.complement2());
            put(form, "postalCode", address.postalCode());
            put(form, "city", address.city());
            put(form, "countryCode", address.countryCode());
        } else if (found.identifierType() == IdentifierType.SIRET) {
            form.put("countryCode", "FR");
        }
        if (found.nonDiffusible()) {
            form.put("nonDiffusible", "true");
        }
        form.put("paymentRequests", "true");
        return form;
    }

    /** The block's fields; a box ticked sends "true", an empty field is no value (the rules say what is required). */
    public static NewStructure newStructure(IdentifierType type, Map<String, String> form) {
        PostalAddress address = form.containsKey("nonDiffusible") && text(form, "line") == null ? null
                : new PostalAddress(text(form, "line"), text(form, "complement1"), text(form, "complement2"),
                        text(form, "postalCode"), text(form, "city"), upper(text(form, "countryCode")));
        return new NewStructure(type, text(form, "identifier"), text(form, "companyName"), text(form, "lastName"),
                text(form, "firstName"), text(form, "label"), text(form, "email"), text(form, "phone"), address,
                ticked(form, "publicEntity"), ticked(form, "paymentRequests"), ticked(form, "dume"), null);
    }

    /** The type a form names; SIRET, the guides' first choice, for anything else. */
    public static IdentifierType type(String name) {
        for (IdentifierType type : IdentifierType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return IdentifierType.SIRET;
    }

    /** The scope a form names, or null (then the rules ask for one). */
    public static AttachmentScope scope(String name) {
        for (AttachmentScope scope : AttachmentScope.values()) {
            if (scope.name().equals(name)) {
                return scope;
            }
        }
        return null;
    }

    private static boolean ticked(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }

    private static void put(Map<String, String> form, String name, String value) {
        if (value != null) {
            form.put(name, value);
        }
    }

    private static String text(Map<String, String> form, String name) {
        String value = form.getOrDefault(name, "").strip();
        return value.isEmpty() ? null : value;
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
