package fr.onboarding.supportticket;

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
 * "Saisir une sollicitation" as a public page: the login e-mail, the category, the message and the
 * captcha; then a confirmation that says nothing about the address.
 */
@Controller
class SupportTicketPageController {

    private final SupportTickets tickets;
    private final CaptchaService captchas;
    private final RateLimits rateLimits;
    private final Validator validator;
    private final MessageSource messages;

    SupportTicketPageController(SupportTickets tickets, CaptchaService captchas, RateLimits rateLimits,
                                Validator validator, MessageSource messages) {
        this.tickets = tickets;
        this.captchas = captchas;
        this.rateLimits = rateLimits;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/support")
    ModelAndView form() {
        return page(Map.of("category", TicketCategory.ACTIVATION_EMAIL_NOT_RECEIVED.name()), Map.of(), HttpStatus.OK);
    }

    @PostMapping(value = "/support", params = "newImage")
    ModelAndView newImage(@RequestParam Map<String, String> form) {
        return page(form, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/support")
    ModelAndView open(@RequestParam Map<String, String> form, HttpServletRequest http, Locale locale) {
        SupportTicketController.Ticket ticket = new SupportTicketController.Ticket(form.getOrDefault("loginEmail", "").strip(),
                category(form.get("category")), form.getOrDefault("message", "").strip(), null, form.get("captchaId"),
                form.get("captchaAnswer"));
        Map<String, String> errors = FormErrors.inFieldOrder(validator.validate(ticket), SupportTicketController.Ticket.class);
        if (errors.isEmpty()) {
            try {
                rateLimits.consume(RateLimits.Limit.SUPPORT_TICKET, "ip:" + http.getRemoteAddr(), "email:" + ticket.loginEmail());
                tickets.open(ticket, locale);
                return new ModelAndView("redirect:/support/sent");
            } catch (InvalidInputException invalid) {
                errors.putAll(invalid.messagesByField(messages, locale));
            }
        }
        return page(form, errors, HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/support/sent")
    String sent() {
        return "support-sent";
    }

    private static TicketCategory category(String name) {
        for (TicketCategory category : TicketCategory.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        return null;
    }

    private ModelAndView page(Map<String, String> form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("support");
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("categories", TicketCategory.values());
        captchas.offerOn(page);
        page.setStatus(status);
        return page;
    }
}
