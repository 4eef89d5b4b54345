package fr.onboarding.passwordreset;

/** What a forgotten-password request finds ({@code resetTarget} in password-reset). */
enum ResetTarget {
    /** An active account: it gets a reset link. */
    ACTIVE_ACCOUNT,
    /** An account waiting for its activation (not for an approval): it gets a new activation link instead. */
    PENDING_ACCOUNT,
    /** Nothing to do, and the caller is not told. */
    NONE
}
