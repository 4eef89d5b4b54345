package fr.onboarding.registration;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.web.FormErrors;
import fr.onboarding.web.RateLimits;

/**
 * "Créer mon compte" (2022 guide): personal information, the conditions, the captcha; then the recap,
 * the same whether or not the address already had an account. Calls the service behind
 * {@code POST /api/accounts}.
 */
@Controller
class RegistrationPageController {

    private final RegistrationService registrations;
    private final CaptchaService captchas;
    private final RateLimits rateLimits;
    private final Validator validator;
    private final MessageSource messages;

    RegistrationPageController(RegistrationService registrations, CaptchaService captchas, RateLimits rateLimits,
                               Validator validator, MessageSource messages) {
        this.registrations = registrations;
        this.captchas = captchas;
        this.rateLimits = rateLimits;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/register")
    ModelAndView form(Locale locale) {
        return page(Map.of("language", locale.getLanguage()), Map.of(), HttpStatus.OK);
    }

    /** "Nouvelle image" posts the form too: what was typed stays, a new captcha comes. */
    @PostMapping(value = "/register", params = "newImage")
    ModelAndView newImage(@RequestParam Map<String, String> form) {
        return page(form, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/register")
    ModelAndView register(@RequestParam Map<String, String> form, HttpServletRequest http, Locale locale) {
        RegistrationRequest request = RegistrationForms.request(form, null, null);
        Map<String, String> errors = FormErrors.inFieldOrder(validator.validate(request), RegistrationRequest.class);
        if (errors.isEmpty()) {
            try {
                rateLimits.consume(RateLimits.Limit.REGISTRATION, "ip:" + http.getRemoteAddr(), "email:" + request.loginEmail());
                registrations.register(request);
                return new ModelAndView("redirect:/register/done");
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.messagesByField(messages, locale));
            }
        }
        return page(form, errors, HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/register/done")
    String recap() {
        return "register-done";
    }

    private ModelAndView page(Map<String, String> form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("register");
        page.addObject("form", form);
        page.addObject("errors", errors);
        captchas.offerOn(page);
        page.setStatus(status);
        return page;
    }
}
