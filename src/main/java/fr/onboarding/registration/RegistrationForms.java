package fr.onboarding.registration;

import java.util.Map;

import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.NewStructure;

/** The personal block of both registration pages, as the browser sends it, into the API's request. */
final class RegistrationForms {

    private RegistrationForms() {
    }

    /** A box ticked sends "true" (anything else is not a tick); an empty text is "" (the rules then explain). */
    static RegistrationRequest request(Map<String, String> form, NewStructure structure, AttachmentWish attachment) {
        return new RegistrationRequest(text(form, "loginEmail"), text(form, "loginEmailConfirmation"),
                text(form, "firstName"), text(form, "lastName"), optional(form, "phone"), optional(form, "contactEmail"),
                ticked(form, "surveyConsent"), ticked(form, "termsAccepted"), text(form, "language"),
                form.get("captchaId"), form.get("captchaAnswer"), structure, attachment);
    }

    private static boolean ticked(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }

    private static String text(Map<String, String> form, String name) {
        return form.getOrDefault(name, "").strip();
    }

    private static String optional(Map<String, String> form, String name) {
        String value = text(form, name);
        return value.isEmpty() ? null : value;
    }
}
