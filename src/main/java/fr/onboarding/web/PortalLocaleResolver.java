package fr.onboarding.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The portal speaks French (default) and English. In order: the language the person chose with the
 * switch on every page ({@code ?lang=en}, kept in a cookie for a year, and set to the account's
 * language when it logs in); the language of the account a page is about ({@link #useLanguage}: the activation page speaks the registration's language);
 * the browser's Accept-Language; French.
 */
@Component("localeResolver")
public class PortalLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "lang";
    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    private static final String CHOSEN = PortalLocaleResolver.class.getName() + ".chosen";
    private static final String ACCOUNT = PortalLocaleResolver.class.getName() + ".account";

    private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

    public PortalLocaleResolver() {
        acceptHeader.setSupportedLocales(List.of(Locale.FRENCH, Locale.ENGLISH));
        acceptHeader.setDefaultLocale(Locale.FRENCH);
    }

    /** This page is about an account: speak its language, unless the person chose one. */
    public static void useLanguage(HttpServletRequest request, String language) {
        if (language != null && LANGUAGES.contains(language)) {
            request.setAttribute(ACCOUNT, Locale.forLanguageTag(language));
        }
    }

    /** The language chosen with the switch in this request, if one was. */
    static Optional<Locale> chosen(HttpServletRequest request) {
        return request.getAttribute(CHOSEN) instanceof Locale chosen ? Optional.of(chosen) : Optional.empty();
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        String cookie = cookieLanguage(request);
        if (cookie != null) {
            return Locale.forLanguageTag(cookie);
        }
        if (request.getAttribute(ACCOUNT) instanceof Locale account) {
            return account;
        }
        return acceptHeader.resolveLocale(request);
    }

    /** The switch: remembered in a cookie that scripts cannot read and other sites do not send. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !LANGUAGES.contains(locale.getLanguage())) {
            return;
        }
        Locale chosen = Locale.forLanguageTag(locale.getLanguage());
        request.setAttribute(CHOSEN, chosen);
        if (response != null) {
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, chosen.getLanguage()).path("/")
                    .maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").secure(request.isSecure())
                    .build().toString());
        }
    }

    private static String cookieLanguage(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
