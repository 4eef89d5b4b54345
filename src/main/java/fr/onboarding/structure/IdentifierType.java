package fr.onboarding.structure;

/** The portal's {@code typeIdentifiantStructure}: how a structure identifies itself. */
public enum IdentifierType {
    SIRET,
    UE_HORS_FRANCE,
    HORS_UE,
    RIDET,
    TAHITI,
    PARTICULIER,
    /** Registration in progress (en cours d'immatriculation): the SIRET comes later. */
    AUTRE;

    public String labelKey() {
        return "identifier." + name() + ".label";
    }

    /** The format hint the form shows under the field. */
    public String hintKey() {
        return "identifier." + name() + ".hint";
    }
}
