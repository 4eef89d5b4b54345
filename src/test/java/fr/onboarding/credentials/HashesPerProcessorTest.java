package fr.onboarding.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A burst of hashes runs as many at once as there are processors, and every one is answered. */
class HashesPerProcessorTest {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /** A hash that takes a while and notes how many run beside it. */
    private final PasswordEncoder slowHash = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20); // stands for the hash's work, not for a timer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "hashed:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    };

    @Test
    void sixteenConcurrentHashesRunTwoAtATimeOnTwoProcessors() throws Exception {
        PasswordEncoder encoder = new HashesPerProcessor(slowHash, 2);
        ExecutorService requests = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String password = "password-" + i;
            answers.add(requests.submit(() -> encoder.matches(password, "hashed:" + password)));
        }
        for (Future<Boolean> answer : answers) {
            assertThat(answer.get()).isTrue();
        }
        requests.shutdown();

        assertThat(mostAtOnce.get()).isEqualTo(2);
    }
}
