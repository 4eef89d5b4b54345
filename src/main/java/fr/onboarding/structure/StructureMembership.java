package fr.onboarding.structure;

/** One of an account's structures, as "Mon compte" lists it: the structure, the account's role, the attachment's state. */
public record StructureMembership(String structureId, IdentifierType identifierType, String identifier, String displayName,
                                  Role role, AttachmentStatus status) {
}
