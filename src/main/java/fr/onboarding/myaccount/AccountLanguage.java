package fr.onboarding.myaccount;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.PortalUser;
import fr.onboarding.web.LanguageSwitched;

/** A logged-in person who switches the portal's language changes the account's: its mails follow it. */
@Component
class AccountLanguage {

    private final AccountService accounts;

    AccountLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(LanguageSwitched switched) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.getPrincipal() instanceof PortalUser user) {
            accounts.useLanguage(user.accountId(), switched.language().getLanguage());
        }
    }
}
