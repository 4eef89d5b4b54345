package fr.onboarding.supportticket;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import fr.onboarding.shared.MailableEmail;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.web.RateLimits;

@RestController
class SupportTicketController {

    private final SupportTickets tickets;
    private final RateLimits rateLimits;

    SupportTicketController(SupportTickets tickets, RateLimits rateLimits) {
        this.tickets = tickets;
        this.rateLimits = rateLimits;
    }

    /** "Saisir une sollicitation": answered 202 whatever the address, as everywhere an address is given. */
    @PostMapping("/api/support-tickets")
    @ApiResponse(responseCode = "202", description = "Ticket opened")
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody Ticket body, HttpServletRequest http, Locale locale) {
        rateLimits.consume(RateLimits.Limit.SUPPORT_TICKET, "ip:" + http.getRemoteAddr(), "email:" + body.loginEmail());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("ticketId", tickets.open(body, locale)));
    }

    record Ticket(@NotBlank @MailableEmail String loginEmail,
                  @NotNull TicketCategory category,
                  @NotBlank @Size(max = 4000) String message,
                  @Pattern(regexp = "fr|en", message = "{onboarding.language.pattern}") String language,
                  @Size(max = 64) String captchaId,
                  @Size(max = 32) String captchaAnswer) {
    }
}
