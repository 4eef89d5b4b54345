package fr.onboarding.structure;

/** A user's role in a structure. The creator is its primary manager ("gestionnaire principal"). */
public enum Role {
    PRIMARY_MANAGER,
    MANAGER,
    USER;

    public boolean manages() {
        return this != USER;
    }
}
