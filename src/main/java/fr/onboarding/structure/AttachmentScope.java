package fr.onboarding.structure;

/** "La structure (y compris l'ensemble des services)" or "Uniquement certains services". */
public enum AttachmentScope {
    WHOLE_STRUCTURE,
    SERVICES
}
