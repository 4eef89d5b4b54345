package fr.onboarding.shared;

/**
 * A request the domain turns down as a whole, not for one field: a link no longer valid, a
 * structure already in the portal, a registry that cannot answer now. It says why in domain
 * terms; the web layer alone decides what that is in HTTP. Carries the message keys
 * {@code <key>.title} and {@code <key>.detail}, translated where it is shown.
 */
public class RefusedException extends RuntimeException {

    /** Why a request is turned down. */
    public enum Reason {
        /** What the request names does not exist (or may not be seen). */
        NOT_FOUND,
        /** What the request would create exists already. */
        ALREADY_EXISTS,
        /** A link or request that expired, was used, or was revoked. */
        NO_LONGER_VALID,
        /** It exists, but a rule forbids it (a closed establishment). */
        NOT_ELIGIBLE,
        /** A service the engine needs (the registry) cannot answer now: try again later. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final String messageKey;

    public RefusedException(Reason reason, String messageKey) {
        super(reason + ": " + messageKey);
        this.reason = reason;
        this.messageKey = messageKey;
    }

    public Reason reason() {
        return reason;
    }

    public String titleKey() {
        return messageKey + ".title";
    }

    public String detailKey() {
        return messageKey + ".detail";
    }
}
