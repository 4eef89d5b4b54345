package fr.onboarding.structure.internal;

import java.util.List;

import org.springframework.stereotype.Service;

import fr.onboarding.registry.Establishment;
import fr.onboarding.structure.Identifier;
import fr.onboarding.structure.IdentifierRules;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.LookupResult;
import fr.onboarding.structure.PostalAddress;
import fr.onboarding.structure.ServiceUnit;

/**
 * The pre-fill of the structure form: a structure already in the portal is shown read-only (the
 * user may only ask to join it); otherwise a SIRET is pre-filled from the registry.
 */
@Service
public class StructureLookup {

    private final StructureService structures;
    private final EstablishmentCheck establishments;

    StructureLookup(StructureService structures, EstablishmentCheck establishments) {
        this.structures = structures;
        this.establishments = establishments;
    }

    public LookupResult lookup(IdentifierType type, String rawIdentifier, String companyName) {
        Identifier identifier = IdentifierRules.check(type, rawIdentifier, companyName).orThrow();
        structures.refuseIfAwaitingItsCreation(identifier);
        return structures.findActive(identifier.type(), identifier.value())
                .map(existing -> existing(identifier, existing))
                .orElseGet(() -> type == IdentifierType.SIRET
                        ? fromRegistry(identifier, establishments.activeEstablishment(identifier.value()))
                        : unknown(identifier));
    }

    /** A private individual's names and address, or a non diffusible structure's, are not shown to anyone who asks. */
    private static LookupResult existing(Identifier identifier, Structure structure) {
        if (identifier.type() == IdentifierType.PARTICULIER || structure.isNonDiffusible()) {
            return new LookupResult(identifier.type(), identifier.value(), identifier.siren(), true, true,
                    identifier.type() == IdentifierType.PARTICULIER ? null : structure.getCompanyName(), null, null,
                    structure.isNonDiffusible(), null, structure.getServices());
        }
        return new LookupResult(identifier.type(), identifier.value(), identifier.siren(), true, true,
                structure.getCompanyName(), structure.getFirstName(), structure.getLastName(),
                structure.isNonDiffusible(), structure.isNonDiffusible() ? null : structure.getAddress(),
                structure.getServices());
    }

    private static LookupResult fromRegistry(Identifier identifier, Establishment establishment) {
        Establishment.Address a = establishment.address();
        PostalAddress address = a == null ? null
                : new PostalAddress(a.line(), a.complement1(), a.complement2(), a.postalCode(), a.city(), a.countryCode());
        return new LookupResult(identifier.type(), identifier.value(), identifier.siren(), false, false,
                establishment.companyName(), null, null, !establishment.diffusible(), address, List.of());
    }

    private static LookupResult unknown(Identifier identifier) {
        return new LookupResult(identifier.type(), identifier.value(), identifier.siren(), false, false, null, null, null,
                false, null, List.of());
    }
}
