package fr.onboarding.structure;

public enum StructureStatus {
    /** A public structure waiting for support's approval: not yet in the portal for anybody else. */
    PENDING_APPROVAL,
    ACTIVE
}
