package fr.onboarding.account;

/**
 * What a mailed link can do for an account ("Mot de passe oublié ?", a support
 * ticket): decided by {@link AccountService#linkToSend} alone.
 */
public enum LinkToSend {
    /** An active account: a password reset link. */
    PASSWORD_RESET,
    /** A registration waiting for its activation now (not for an approval): a new activation link. */
    NEW_ACTIVATION_LINK,
    /** No account, a closed one, or one still waiting for a manager or support: nothing may be sent. */
    NONE
}
