package fr.onboarding.account;

public enum AccountStatus {
    /** Registered; waits for its owner to follow the activation link. */
    PENDING_ACTIVATION,
    /** Password and secret question set; can log in. */
    ACTIVE,
    /** Never activated in time: closed and its personal data erased. */
    CLOSED
}
