package fr.onboarding.registry;

/** The registry cannot answer now (down, too slow, or still rate-limiting us): the caller says "try again later". */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message) {
        super(message);
    }

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
