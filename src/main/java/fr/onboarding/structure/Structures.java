package fr.onboarding.structure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.structure.internal.Membership;
import fr.onboarding.structure.internal.StructureLookup;
import fr.onboarding.structure.internal.StructureService;

/**
 * What other modules may ask of structures and memberships. The structure module alone owns
 * them: their tables, their rules (creation, public structures, attachments) and their processes.
 */
@Service
public class Structures {

    private final StructureService structures;
    private final StructureLookup lookup;

    Structures(StructureService structures, StructureLookup lookup) {
        this.structures = structures;
        this.lookup = lookup;
    }

    /**
     * What the forms show for an identifier: the portal's structure read-only, or the registry's
     * pre-fill. A malformed identifier, a closed establishment or a registry outage is thrown.
     */
    public LookupResult lookup(IdentifierType type, String identifier) {
        return lookup.lookup(type, identifier, null);
    }

    /** Everything the portal demands of a new structure, storing nothing (a refusal is thrown). */
    public void check(NewStructure data) {
        structures.check(data);
    }

    /** That the structure asked for is in the portal with the services asked for, storing nothing. */
    public void check(AttachmentWish wish) {
        structures.checkAttachment(wish);
    }

    /**
     * The structure of a registration "with structure", pending until its creator's activation,
     * and support's approval when decision structure-creation-policy asks for it.
     */
    @Transactional
    public CreatedAtRegistration createAtRegistration(String registrationId, NewStructure data) {
        var structure = structures.createAtRegistration(registrationId, data).structure();
        return new CreatedAtRegistration(structure.getId(), structure.getStatus() == StructureStatus.PENDING_APPROVAL);
    }

    public record CreatedAtRegistration(String structureId, boolean awaitsSupport) {
    }

    /**
     * The request to join of a registration. Answers the registration's variables: ids only
     * ({@code membershipId}, {@code structureId}); the managers' review loads the rest.
     */
    @Transactional
    public Map<String, Object> requestAttachmentAtRegistration(String registrationId, AttachmentWish wish) {
        Membership membership = structures.requestAttachment(registrationId, wish);
        return Map.of("membershipId", membership.getId(), "structureId", membership.getStructureId());
    }

    /** The account's structures, with its role and the state of its attachment in each. */
    public List<StructureMembership> membershipsOf(String accountId) {
        return structures.attachmentsOf(accountId).stream()
                .map(a -> new StructureMembership(a.structure().getId(), a.structure().getIdentifierType(),
                        a.structure().getIdentifier(), a.structure().displayName(), a.membership().getRole(),
                        a.membership().getStatus()))
                .toList();
    }

    /** Whether one of the account's approved structures has a SIRET (the workspaces' rule). */
    public boolean hasStructureWithSiret(String accountId) {
        return structures.hasStructureWithSiret(accountId);
    }

    /** The structures this account manages (approved primary or secondary manager). */
    public List<String> managedStructureIds(String accountId) {
        return structures.managedStructureIds(accountId);
    }

    /** The name a structure is shown by, if it exists. */
    public Optional<String> displayName(String structureId) {
        return structures.find(structureId).map(s -> s.displayName());
    }
}
