package fr.onboarding.structure;

/** Where a user's attachment ("rattachement") to a structure stands. */
public enum AttachmentStatus {
    PENDING,
    APPROVED,
    REFUSED,
    /** Nobody decided in time. */
    EXPIRED
}
