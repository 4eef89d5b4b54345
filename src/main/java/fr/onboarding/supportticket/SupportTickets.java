package fr.onboarding.supportticket;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountView;
import fr.onboarding.account.LinkToSend;
import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;
import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.shared.InvalidInputException;

/**
 * A support ticket starts process {@code support-ticket}: a task for group support, whose form
 * shows the ticket and whether its address has an account waiting for activation. The ticket
 * lives in the process's variables only: it goes with the process (history keeps no variables).
 */
@Service
class SupportTickets {

    static final String PROCESS_KEY = "support-ticket";
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final RuntimeService runtime;
    private final CaptchaService captchas;
    private final AccountService accounts;
    private final MessageSource messages;
    private final Clock clock;

    SupportTickets(RuntimeService runtime, CaptchaService captchas, AccountService accounts, MessageSource messages,
                   Clock clock) {
        this.messages = messages;
        this.runtime = runtime;
        this.captchas = captchas;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    /** Opens the ticket, in its own language or else the page's; the address as the account holds it. */
    String open(SupportTicketController.Ticket ticket, Locale pageLocale) {
        String language = ticket.language() != null ? ticket.language() : pageLocale.getLanguage().equals("en") ? "en" : "fr";
        return open(ticket.loginEmail().strip().toLowerCase(Locale.ROOT), ticket.category(), ticket.message().strip(),
                language, ticket.captchaId(), ticket.captchaAnswer());
    }

    private String open(String loginEmail, TicketCategory category, String message, String language, String captchaId,
                        String captchaAnswer) {
        if (!captchas.verify(captchaId, captchaAnswer)) {
            throw InvalidInputException.of("captchaAnswer", "captcha.wrong");
        }
        String ticketId = UUID.randomUUID().toString();
        Map<String, Object> variables = new HashMap<>();
        variables.put("requesterEmail", loginEmail);
        variables.put("requesterLanguage", language);
        variables.put("ticketCategory", category.name());
        variables.put("ticketCategoryLabel", label("supportTicket.category." + category.name()));
        variables.put("ticketMessage", message);
        variables.put("receivedAt", RECEIVED.format(clock.instant()));
        variables.putAll(accountStateOf(loginEmail));
        runtime.startProcessInstanceByKey(PROCESS_KEY, ticketId, variables);
        return ticketId;
    }

    /**
     * What support reads and decides on, as it is now: {@code accountState} in words, and
     * {@code accountId} (else null) when the address's account waits for its activation, so that
     * a new link can be asked for. Read when the ticket is filed, when support takes it and when
     * support decides: the account may have been activated or its link sent meanwhile.
     */
    @Transactional(readOnly = true)
    Map<String, Object> accountStateOf(String loginEmail) {
        AccountView account = accounts.findHolderOf(loginEmail).map(accounts::get).orElse(null);
        boolean awaitsActivation = account != null && accounts.linkToSend(account.id()) == LinkToSend.NEW_ACTIVATION_LINK;
        Map<String, Object> state = new HashMap<>();
        state.put("accountState", label("supportTicket.accountState." + accountState(account, awaitsActivation)));
        state.put("accountId", awaitsActivation ? account.id() : null);
        return state;
    }

    /** What support reads in the form; a new activation link is possible only for an account waiting for it. */
    private static String accountState(AccountView account, boolean awaitsActivation) {
        if (account == null || account.status() == AccountStatus.CLOSED) {
            return "none";
        }
        if (account.status() == AccountStatus.ACTIVE) {
            return "active";
        }
        return awaitsActivation ? "awaitingActivation" : "awaitingApproval";
    }

    /** Support works in French in Tasklist: the form's texts are the French ones of the bundles. */
    private String label(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
