package fr.onboarding.registration;

/** What a registration asks besides the account; account-registration branches on it ({@code registrationKind}). */
enum RegistrationKind {
    /** 2022 guide: the structure comes later, from "My account". */
    ACCOUNT_ONLY,
    /**
     * Creates a structure that decision structure-creation-policy lets through: real, and its
     * creator its primary manager, once the account is activated.
     */
    PRIVATE_STRUCTURE,
    /** Creates a structure the policy sends to support (a public one): the activation link waits for support's approval. */
    PUBLIC_STRUCTURE,
    /** Joins an existing structure: the activation link waits for a manager's approval. */
    ATTACHMENT
}
