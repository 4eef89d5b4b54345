package fr.onboarding.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The portal speaks French (default) and English. A page about an account speaks the account's
 * language ({@link #useLanguage}); otherwise the browser's Accept-Language decides.
 */
@Component("localeResolver")
public class PortalLocaleResolver implements LocaleResolver {

    private static final String ATTRIBUTE = PortalLocaleResolver.class.getName() + ".locale";

    private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

    public PortalLocaleResolver() {
        acceptHeader.setSupportedLocales(List.of(Locale.FRENCH, Locale.ENGLISH));
        acceptHeader.setDefaultLocale(Locale.FRENCH);
    }

    public static void useLanguage(HttpServletRequest request, String language) {
        request.setAttribute(ATTRIBUTE, Locale.forLanguageTag(language));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : acceptHeader.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale);
    }
}
