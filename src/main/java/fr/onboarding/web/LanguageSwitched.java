package fr.onboarding.web;

import java.util.Locale;

/** The person switched the portal's language with the switch on a page ({@code ?lang=}). */
public record LanguageSwitched(Locale language) {
}
