package fr.onboarding.mail.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The inbox of the dev mode: every mail the application sent, newest first. */
@Controller
@ConditionalOnProperty(name = "onboarding.mail-sink.enabled", havingValue = "true")
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
