package fr.onboarding.account.internal;


import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import fr.onboarding.shared.RefusedException;
import fr.onboarding.web.PortalLocaleResolver;

/** The page the mail to a new login e-mail links to: GET shows the address, POST confirms it. */
@Controller
class LoginEmailChangePageController {

    private final LoginEmailChanges changes;

    LoginEmailChangePageController(LoginEmailChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/login-email-change/{token}")
    ModelAndView page(@PathVariable String token, HttpServletRequest request) {
        try {
            LoginEmailChanges.Requested requested = changes.describe(token);
            PortalLocaleResolver.useLanguage(request, requested.language());
            return page("confirm", requested.newLoginEmail(), HttpStatus.OK).addObject("token", token);
        } catch (RefusedException refused) {
            return page("refused", null, HttpStatus.GONE);
        }
    }

    @PostMapping("/login-email-change/{token}")
    ModelAndView confirmOnPage(@PathVariable String token, HttpServletRequest request) {
        try {
            LoginEmailChanges.Requested done = changes.confirm(token);
            PortalLocaleResolver.useLanguage(request, done.language());
            return page("done", done.newLoginEmail(), HttpStatus.OK);
        } catch (RefusedException refused) {
            return page(refused.reason() == RefusedException.Reason.ALREADY_EXISTS ? "taken" : "refused", null,
                    refused.reason() == RefusedException.Reason.ALREADY_EXISTS ? HttpStatus.CONFLICT : HttpStatus.GONE);
        }
    }

    private static ModelAndView page(String state, String newLoginEmail, HttpStatus status) {
        ModelAndView page = new ModelAndView("login-email-change");
        page.addObject("state", state);
        page.addObject("newLoginEmail", newLoginEmail);
        page.setStatus(status);
        return page;
    }
}
