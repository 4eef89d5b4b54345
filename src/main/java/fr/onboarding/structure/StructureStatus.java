package fr.onboarding.structure;

public enum StructureStatus {
    /** A public structure waiting for support's approval: not yet in the portal for anybody else. */
    PENDING_APPROVAL,
    /** Created with an account at registration ("Créer un compte en quelques clics"): real once that account is activated. */
    PENDING_ACTIVATION,
    ACTIVE
}
