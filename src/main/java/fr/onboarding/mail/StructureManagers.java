package fr.onboarding.mail;

import java.util.List;

/** Who manages a structure, for the mails that go to all its managers; implemented by the structures feature. */
public interface StructureManagers {

    List<String> managerAccountIds(String structureId);
}
