package fr.onboarding.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page: what it is for, and the way to each step. Camunda's webapps live under /camunda. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
