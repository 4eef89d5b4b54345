package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.RealCostJourneyTest;

/**
 * Whether an account exists must not show in how long a log-in takes. Password hashing at its
 * production cost here (the rest of the suite hashes cheaply), or the difference would not show.
 */
@RealCostJourneyTest
class LoginTimingTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;

    /**
     * The engine's doors cost one password hash whether or not the account exists: an unknown
     * login takes about as long as a wrong password (it used to take a sixth of it).
     */
    @Test
    void anUnknownLoginCostsTheEngineDoorWhatAWrongPasswordDoes() {
        String email = journey.newActiveAccount(greenMail, "fr");
        String unknown = Journey.uniqueEmail();
        for (int i = 0; i < 3; i++) {
            engineLogIn(unknown, "Warm-Up-" + i);
        }
        long unknownNanos = medianNanos(() -> engineLogIn(unknown, "Whatever-Password-1"));
        long wrongNanos = medianNanos(() -> engineLogIn(email, "Wrong-Password-" + System.nanoTime()));

        assertThat((double) unknownNanos).isGreaterThan(0.5 * wrongNanos);
    }

    private void engineLogIn(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        assertThat(http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    private static long medianNanos(Runnable call) {
        long[] times = new long[4];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
