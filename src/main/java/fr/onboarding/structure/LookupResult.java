package fr.onboarding.structure;

import java.util.List;

/**
 * What the portal knows of an identifier before a structure is created or joined: the portal's own
 * structure (read-only) or the registry's establishment (a pre-fill).
 *
 * @param existsInPortal true: the data is the portal's, read-only, and the caller can only ask to join
 * @param address        null when non diffusible, or when nothing is known
 */
public record LookupResult(IdentifierType identifierType, String identifier, String siren, boolean existsInPortal,
                           boolean readOnly, String companyName, String firstName, String lastName, boolean nonDiffusible,
                           PostalAddress address, List<ServiceUnit> services) {
}
