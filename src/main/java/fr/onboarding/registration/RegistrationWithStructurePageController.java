package fr.onboarding.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.LookupResult;
import fr.onboarding.structure.StructureForms;
import fr.onboarding.structure.Structures;
import fr.onboarding.web.FormErrors;
import fr.onboarding.web.RateLimits;

/**
 * "Créer un compte en quelques clics" (2020 guide): the login e-mail and the SIRET (or "Je n'ai pas
 * de numéro de SIRET" and another identifier); then the personal information with the structure,
 * pre-filled from the registry and editable, or, for a structure already in the portal, "Je me
 * rattache à". One registration, the recap of {@link RegistrationPageController} after it.
 */
@Controller
class RegistrationWithStructurePageController {

    private final RegistrationService registrations;
    private final Structures structures;
    private final CaptchaService captchas;
    private final RateLimits rateLimits;
    private final Validator validator;
    private final MessageSource messages;

    RegistrationWithStructurePageController(RegistrationService registrations, Structures structures,
                                            CaptchaService captchas, RateLimits rateLimits, Validator validator,
                                            MessageSource messages) {
        this.registrations = registrations;
        this.structures = structures;
        this.captchas = captchas;
        this.rateLimits = rateLimits;
        this.validator = validator;
        this.messages = messages;
    }

    /** Step 1, then step 2 once an identifier is given (a GET form: nothing is stored before the last step). */
    @GetMapping("/register/with-structure")
    ModelAndView identify(@RequestParam Map<String, String> query, HttpServletRequest http, Locale locale) {
        Map<String, String> form = new HashMap<>(query);
        form.putIfAbsent("language", locale.getLanguage());
        if (!form.containsKey("identifier")) {
            return identifyPage(form, Map.of(), HttpStatus.OK);
        }
        return withLookup(form, http, locale, found -> {
            Map<String, String> details = new HashMap<>(found.existsInPortal() ? form : StructureForms.prefilled(found));
            details.put("loginEmail", form.getOrDefault("loginEmail", ""));
            details.put("language", form.get("language"));
            details.putIfAbsent("scope", "WHOLE_STRUCTURE");
            return detailsPage(found, details, Map.of(), HttpStatus.OK);
        });
    }

    @PostMapping(value = "/register/with-structure", params = "newImage")
    ModelAndView newImage(@RequestParam MultiValueMap<String, String> posted, HttpServletRequest http, Locale locale) {
        Map<String, String> form = posted.toSingleValueMap();
        return withLookup(form, http, locale, found -> detailsPage(found, form, Map.of(), HttpStatus.OK));
    }

    @PostMapping("/register/with-structure")
    ModelAndView register(@RequestParam MultiValueMap<String, String> posted, HttpServletRequest http, Locale locale) {
        Map<String, String> form = posted.toSingleValueMap();
        return withLookup(form, http, locale, found -> {
            RegistrationRequest request = requestOf(form, posted.getOrDefault("serviceCodes", List.of()), found);
            Map<String, String> errors = FormErrors.inFieldOrder(validator.validate(request), RegistrationRequest.class);
            if (errors.isEmpty()) {
                try {
                    rateLimits.consume(RateLimits.Limit.REGISTRATION, "ip:" + http.getRemoteAddr(),
                            "email:" + request.loginEmail());
                    registrations.register(request);
                    return new ModelAndView("redirect:/register/done");
                } catch (InvalidInputException invalid) {
                    errors.putAll(invalid.messagesByField(messages, locale));
                } catch (RefusedException refused) {
                    errors.put("identifier", messages.getMessage(refused.detailKey(), null, locale));
                }
            }
            return detailsPage(found, form, errors, HttpStatus.BAD_REQUEST);
        });
    }

    /** The identifier looked up (public, so limited per client address); what fails brings step 1 back, by the field. */
    private ModelAndView withLookup(Map<String, String> form, HttpServletRequest http, Locale locale,
                                    Function<LookupResult, ModelAndView> next) {
        rateLimits.consume(RateLimits.Limit.STRUCTURE_LOOKUP, http.getRemoteAddr());
        StructureForms.PageLookup looked = StructureForms.lookUp(() -> structures.lookup(
                StructureForms.type(form.get("identifierType")), form.getOrDefault("identifier", "")), messages, locale);
        return looked.failed() ? identifyPage(form, looked.errors(), HttpStatus.BAD_REQUEST) : next.apply(looked.found());
    }

    /** The structure to create, or, for one already in the portal, the wish to join it. */
    private static RegistrationRequest requestOf(Map<String, String> form, List<String> serviceCodes, LookupResult found) {
        if (found.existsInPortal()) {
            return RegistrationForms.request(form, null, new AttachmentWish(found.identifierType(), found.identifier(),
                    StructureForms.scope(form.get("scope")), serviceCodes));
        }
        return RegistrationForms.request(form, StructureForms.newStructure(found.identifierType(), form), null);
    }

    private ModelAndView identifyPage(Map<String, String> form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = page("identify", form, errors, status);
        page.addObject("noSiret", form.containsKey("noSiret"));
        page.addObject("type", StructureForms.type(form.get("identifierType")));
        page.addObject("types", IdentifierType.values());
        return page;
    }

    private ModelAndView detailsPage(LookupResult found, Map<String, String> form, Map<String, String> errors,
                                     HttpStatus status) {
        ModelAndView page = page("details", form, errors, status);
        page.addObject("found", found);
        page.addObject("type", found.identifierType());
        captchas.offerOn(page);
        return page;
    }

    private static ModelAndView page(String step, Map<String, String> form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("register-with-structure");
        page.addObject("step", step);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.setStatus(status);
        return page;
    }
}
