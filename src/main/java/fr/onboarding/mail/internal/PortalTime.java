package fr.onboarding.mail.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

/**
 * Dates as a mail's addressee reads them: in their language, in French time whatever the server's zone. Templates write
 * {@code ${portalTime.format(process.activationLinkExpiresAt)}}.
 */
public final class PortalTime {

    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Paris");

    private final DateTimeFormatter formatter;

    PortalTime(Locale locale) {
        this.formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(PORTAL_ZONE);
    }

    public String format(Date date) {
        return format(date.toInstant());
    }

    public String format(Instant instant) {
        return formatter.format(instant);
    }
}
