package fr.onboarding.supportticket;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.Account;
import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;
import fr.onboarding.captcha.CaptchaService;
import fr.onboarding.web.InvalidInputException;

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
    private final Clock clock;

    SupportTickets(RuntimeService runtime, CaptchaService captchas, AccountService accounts, Clock clock) {
        this.runtime = runtime;
        this.captchas = captchas;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    String open(String loginEmail, TicketCategory category, String message, String language, String captchaId,
                String captchaAnswer) {
        if (!captchas.verify(captchaId, captchaAnswer)) {
            throw InvalidInputException.of("captchaAnswer", "captcha.wrong");
        }
        String ticketId = UUID.randomUUID().toString();
        Map<String, Object> variables = new HashMap<>();
        variables.put("requesterEmail", loginEmail);
        variables.put("requesterLanguage", language);
        variables.put("ticketCategory", category.name());
        variables.put("ticketCategoryLabel", category == TicketCategory.ACTIVATION_EMAIL_NOT_RECEIVED
                ? "Je n'ai pas reçu le courriel d'activation" : "Autre demande");
        variables.put("ticketMessage", message);
        variables.put("receivedAt", RECEIVED.format(clock.instant()));
        Account account = accounts.findHolderOf(loginEmail).map(accounts::get).orElse(null);
        boolean awaitsActivation = account != null && account.getStatus() == AccountStatus.PENDING_ACTIVATION
                && accounts.awaitsActivation(account.getId());
        variables.put("accountState", accountState(account, awaitsActivation));
        if (awaitsActivation) {
            variables.put("accountId", account.getId());
        }
        runtime.startProcessInstanceByKey(PROCESS_KEY, ticketId, variables);
        return ticketId;
    }

    /** What support reads in the form; a new activation link is possible only for an account waiting for it. */
    private static String accountState(Account account, boolean awaitsActivation) {
        if (account == null || account.getStatus() == AccountStatus.CLOSED) {
            return "Aucun compte avec cette adresse de connexion";
        }
        if (account.getStatus() == AccountStatus.ACTIVE) {
            return "Compte déjà activé";
        }
        return awaitsActivation ? "Compte en attente d'activation : un nouveau lien peut être envoyé"
                : "Inscription en attente de l'accord d'un gestionnaire ou du support : pas de lien d'activation possible";
    }
}
