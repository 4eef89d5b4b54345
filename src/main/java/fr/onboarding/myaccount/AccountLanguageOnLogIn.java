package fr.onboarding.myaccount;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountView;

/** Logged in through the portal's form: "Mon compte", in the account's language (the pages' log-in uses this bean). */
@Component
class AccountLanguageOnLogIn extends SimpleUrlAuthenticationSuccessHandler {

    private final AccountService accounts;
    private final LocaleResolver locales;

    AccountLanguageOnLogIn(AccountService accounts, LocaleResolver locales) {
        super("/account");
        setAlwaysUseDefaultTargetUrl(true);
        this.accounts = accounts;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        accounts.findActive(authentication.getName()).map(AccountView::language)
                .ifPresent(language -> locales.setLocale(request, response, Locale.forLanguageTag(language)));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
