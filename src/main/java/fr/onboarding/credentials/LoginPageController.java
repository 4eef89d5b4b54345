package fr.onboarding.credentials;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Se connecter": login e-mail and password; "Se déconnecter" asked for by address. Spring Security handles the POSTs. */
@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Typed in the address bar: logging out takes a form (with its CSRF token), so the page offers it. */
    @GetMapping("/logout")
    String logout() {
        return "logout";
    }
}
