package fr.onboarding;

import java.time.Duration;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Date arithmetic for the BPMN's timer expressions, which JUEL cannot do on its own:
 * {@code ${dates.before(activationLinkExpiresAt, 'PT15M')}} is the link's expiry minus 15 minutes.
 */
@Component("dates")
public class ProcessDates {

    /** @param duration ISO-8601, as analysts write timers ({@code PT15M}, {@code P1D}) */
    public Date before(Date date, String duration) {
        return Date.from(date.toInstant().minus(Duration.parse(duration)));
    }
}
