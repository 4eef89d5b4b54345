package fr.onboarding.account;

/**
 * The messages of process {@code account-registration} that Java sends: their names are shared
 * with the BPMN, here only (ProcessNamesTest checks that the BPMN declares each of them).
 */
public final class RegistrationMessages {

    /** The account was activated with a valid link: the registration goes on. */
    public static final String ACCOUNT_ACTIVATED = "AccountActivated";

    /** A new activation link is asked for (forgot password, support): the registration sends it and restarts its timer. */
    public static final String ACTIVATION_LINK_REQUESTED = "ActivationLinkRequested";

    private RegistrationMessages() {
    }
}
