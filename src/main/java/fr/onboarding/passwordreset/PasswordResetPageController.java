package fr.onboarding.passwordreset;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.credentials.PasswordPolicy;
import fr.onboarding.shared.EmailAddresses;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.web.PortalLocaleResolver;
import fr.onboarding.web.RateLimits;

/**
 * "Mot de passe oublié ?" pages: the request (login e-mail and captcha), and the page the reset mail
 * links to: the secret question, then the new password (GET only shows).
 */
@Controller
class PasswordResetPageController {

    private final PasswordResets resets;
    private final CaptchaService captchas;
    private final RateLimits rateLimits;
    private final PasswordPolicy passwordPolicy;
    private final MessageSource messages;

    PasswordResetPageController(PasswordResets resets, CaptchaService captchas, RateLimits rateLimits,
                                PasswordPolicy passwordPolicy, MessageSource messages) {
        this.resets = resets;
        this.captchas = captchas;
        this.rateLimits = rateLimits;
        this.passwordPolicy = passwordPolicy;
        this.messages = messages;
    }

    /** "Mot de passe oublié ?": the login e-mail and the captcha. */
    @GetMapping("/password-reset")
    ModelAndView requestForm() {
        return requestPage("", null, HttpStatus.OK);
    }

    /** "Nouvelle image": the address typed stays, a new captcha comes. */
    @PostMapping(value = "/password-reset", params = "newImage")
    ModelAndView newImage(@RequestParam(defaultValue = "") String loginEmail) {
        return requestPage(loginEmail, null, HttpStatus.OK);
    }

    @PostMapping("/password-reset")
    ModelAndView request(@RequestParam(defaultValue = "") String loginEmail, @RequestParam(defaultValue = "") String captchaId,
                         @RequestParam(defaultValue = "") String captchaAnswer, HttpServletRequest http, Locale locale) {
        if (!EmailAddresses.isMailable(loginEmail.strip())) {
            return requestPage(loginEmail, messages.getMessage("page.forgot.email", null, locale), HttpStatus.BAD_REQUEST);
        }
        try {
            rateLimits.consume(RateLimits.Limit.PASSWORD_RESET, "ip:" + http.getRemoteAddr(), "email:" + loginEmail);
            resets.request(loginEmail, captchaId, captchaAnswer);
        } catch (InvalidInputException wrongCaptcha) {
            return requestPage(loginEmail, messages.getMessage("captcha.wrong", null, locale), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView("password-reset-requested");
    }

    private ModelAndView requestPage(String loginEmail, String error, HttpStatus status) {
        ModelAndView page = new ModelAndView("password-reset-request");
        page.addObject("form", Map.of("loginEmail", loginEmail));
        page.addObject("errors", Map.of());
        captchas.offerOn(page);
        page.addObject("error", error);
        page.setStatus(status);
        return page;
    }

    @GetMapping("/password-reset/{token}")
    ModelAndView show(@PathVariable String token, HttpServletRequest request) {
        return question(token, request).map(question -> form(token, question, Map.of(), HttpStatus.OK))
                .orElseGet(PasswordResetPageController::refused);
    }

    @PostMapping("/password-reset/{token}")
    ModelAndView reset(@PathVariable String token, @RequestParam(defaultValue = "") String secretAnswer,
                       @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String passwordConfirmation, HttpServletRequest request) {
        if (question(token, request).isEmpty()) {
            return refused();
        }
        try {
            resets.reset(token, new PasswordResets.ResetForm(secretAnswer, password, passwordConfirmation));
        } catch (InvalidInputException invalid) {
            // The last wrong answer allowed burnt the link: say so, rather than offer a form that can only fail.
            Map<String, String> errors = invalid.messagesByField(messages, RequestContextUtils.getLocale(request));
            return question(token, request).map(question -> form(token, question, errors, HttpStatus.BAD_REQUEST))
                    .orElseGet(PasswordResetPageController::refused);
        } catch (RefusedException burnt) {
            return refused();
        }
        return new ModelAndView("password-reset-done");
    }

    /** The link's secret question, while the link can still be used; the page then speaks the account's language. */
    private Optional<String> question(String token, HttpServletRequest request) {
        try {
            PasswordResets.LinkPage page = resets.linkPage(token);
            PortalLocaleResolver.useLanguage(request, page.language());
            return Optional.of(page.secretQuestion());
        } catch (RefusedException gone) {
            return Optional.empty();
        }
    }

    private ModelAndView form(String token, String question, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("password-reset");
        page.addObject("passwordMinLength", passwordPolicy.minLength());
        page.addObject("token", token);
        page.addObject("question", question);
        page.addObject("form", Map.of()); // neither the answer nor the passwords come back
        page.addObject("errors", errors);
        page.setStatus(status);
        return page;
    }

    private static ModelAndView refused() {
        ModelAndView page = new ModelAndView("password-reset-refused");
        page.setStatus(HttpStatus.GONE);
        return page;
    }
}
