package fr.onboarding.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * How many activations' worth of Argon2id hashes (a password and a secret answer) this machine
 * computes per second with that many threads, in a JVM started as the application's is (the test
 * JVM runs without the optimising compiler). Prints the rate. Used by {@link ThroughputBenchmark}.
 */
final class HashRate {

    /** onboarding.password.hashing's defaults (19 MiB, 2 iterations, 1 lane), as the application hashes. */
    private static final Argon2PasswordEncoder ARGON2ID = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);

    private HashRate() {
    }

    /** Arguments: threads, seconds (after as many seconds of warm-up). */
    public static void main(String[] arguments) throws InterruptedException {
        int threads = Integer.parseInt(arguments[0]);
        int seconds = Integer.parseInt(arguments[1]);
        pairs(threads, seconds);
        System.out.println(pairs(threads, seconds) / (double) seconds);
    }

    private static int pairs(int threads, int seconds) throws InterruptedException {
        AtomicInteger pairs = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int thread = 0; thread < threads; thread++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    ARGON2ID.encode("Facture-Émise-2026!");
                    ARGON2ID.encode("félix le chat");
                    pairs.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return pairs.get();
    }
}
