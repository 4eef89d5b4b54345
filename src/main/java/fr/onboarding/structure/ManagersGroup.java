package fr.onboarding.structure;

/**
 * The engine group of a structure's managers: review tasks of the structure are offered to it, and
 * the identity plugin makes every approved manager of the structure a member.
 */
public final class ManagersGroup {

    public static final String PREFIX = "structure-managers-";

    private ManagersGroup() {
    }

    public static String of(String structureId) {
        return PREFIX + structureId;
    }
}
