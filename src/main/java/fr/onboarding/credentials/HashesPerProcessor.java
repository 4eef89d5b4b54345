package fr.onboarding.credentials;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most as many password hashes at once as the machine has processors, the others waiting their
 * turn. An Argon2id hash holds its memory (19 MiB by default) while it runs: a burst of log-ins or
 * activations would otherwise fill the heap, and the processors would hash no faster for it, only
 * with the garbage collector chasing the blocks.
 */
final class HashesPerProcessor implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore slots;

    HashesPerProcessor(PasswordEncoder hashing, int processors) {
        this.hashing = hashing;
        this.slots = new Semaphore(processors, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(Supplier<T> hash) {
        slots.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            slots.release();
        }
    }
}
