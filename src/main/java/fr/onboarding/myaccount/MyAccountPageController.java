package fr.onboarding.myaccount;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.onboarding.account.PortalUser;

/** "Mon compte" as a page, after logging in on the portal. */
@Controller
class MyAccountPageController {

    private final MyAccountController api;

    MyAccountPageController(MyAccountController api) {
        this.api = api;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("me", api.me(user));
        return "account";
    }
}
