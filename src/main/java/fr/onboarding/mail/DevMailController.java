package fr.onboarding.mail;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The inbox of the default run: every mail the application sent, newest first. */
@Controller
@Profile("default")
class DevMailController {

    private final DevMailSink sink;

    DevMailController(DevMailSink sink) {
        this.sink = sink;
    }

    @GetMapping("/dev/mails")
    String mails(Model model) {
        model.addAttribute("mails", sink.receivedMails());
        return "dev-mails";
    }
}
