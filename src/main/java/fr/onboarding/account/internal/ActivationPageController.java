package fr.onboarding.account.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.web.PortalLocaleResolver;

/**
 * The page the activation mail links to, in the account's language: "Informations générales"
 * read-only, then password and secret question. GET only shows; POST activates.
 */
@Controller
class ActivationPageController {

    private final ActivationService activations;
    private final MessageSource messages;

    ActivationPageController(ActivationService activations, MessageSource messages) {
        this.activations = activations;
        this.messages = messages;
    }

    @GetMapping("/activation/{token}")
    ModelAndView show(@PathVariable String token, HttpServletRequest request) {
        try {
            GeneralInformation info = activations.describe(token);
            PortalLocaleResolver.useLanguage(request, info.language());
            return form(token, info, "", Map.of(), HttpStatus.OK);
        } catch (RefusedException gone) {
            return refused();
        }
    }

    @PostMapping("/activation/{token}")
    ModelAndView activate(@PathVariable String token, @ModelAttribute ActivationForm form, HttpServletRequest request) {
        GeneralInformation info;
        try {
            info = activations.describe(token);
        } catch (RefusedException gone) {
            return refused();
        }
        PortalLocaleResolver.useLanguage(request, info.language());
        try {
            activations.activate(token, blankToEmpty(form));
        } catch (InvalidInputException invalid) {
            return form(token, info, form.secretQuestion(), invalid.messagesByField(messages, RequestContextUtils.getLocale(request)),
                    HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("activation-done");
    }

    /** The question typed comes back after an error; the answer and the passwords never do. */
    private static ModelAndView form(String token, GeneralInformation info, String secretQuestion, Map<String, String> errors,
                                     HttpStatus status) {
        ModelAndView page = new ModelAndView("activation");
        page.addObject("token", token);
        page.addObject("info", info);
        page.addObject("form", Map.of("secretQuestion", secretQuestion == null ? "" : secretQuestion));
        page.addObject("errors", errors);
        page.setStatus(status);
        return page;
    }

    private static ModelAndView refused() {
        ModelAndView page = new ModelAndView("activation-refused");
        page.setStatus(HttpStatus.GONE);
        return page;
    }

    /** The page's fields all exist; a browser sends "" for an empty one, the policy then explains. */
    private static ActivationForm blankToEmpty(ActivationForm form) {
        return new ActivationForm(orEmpty(form.password()), orEmpty(form.passwordConfirmation()),
                orEmpty(form.secretQuestion()), orEmpty(form.secretAnswer()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
