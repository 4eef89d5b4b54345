package fr.onboarding.structure.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.registry.Establishment;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.InvalidInputException.FieldProblem;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;
import fr.onboarding.structure.NewStructure;
import fr.onboarding.structure.StructureStatus;
import fr.onboarding.structure.AddressCountryRule;
import fr.onboarding.structure.AttachmentScope;
import fr.onboarding.structure.AttachmentStatus;
import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.Identifier;
import fr.onboarding.structure.IdentifierRules;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.Role;
import fr.onboarding.structure.ServiceUnit;

/** Structures and who belongs to them: creation, the public structures' approval, attachments. */
@Service
public class StructureService {

    private final StructureRepository structures;
    private final MembershipRepository memberships;
    private final EstablishmentCheck establishments;
    private final StructureCreationPolicy policy;
    private final Clock clock;

    StructureService(StructureRepository structures, MembershipRepository memberships, EstablishmentCheck establishments,
                     StructureCreationPolicy policy, Clock clock) {
        this.structures = structures;
        this.memberships = memberships;
        this.establishments = establishments;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Creates a structure with its creator as primary manager. One that decision
     * structure-creation-policy sends to support (a public one) waits for support's approval
     * ({@link StructureStatus#PENDING_APPROVAL}), invisible to others meanwhile.
     */
    @Transactional
    public Created create(String accountId, NewStructure data) {
        Created created = save(accountId, check(data), StructureStatus.ACTIVE);
        // An active account's request holds the identifier while support decides.
        created.structure().reserveIdentifier();
        return created;
    }

    /**
     * Creates the structure of a registration "with structure": a private one becomes real when its
     * creator activates the account; a public one still waits for support. Neither holds its
     * identifier meanwhile: an address nobody has confirmed must block nothing.
     */
    @Transactional
    public Created createAtRegistration(String accountId, NewStructure data) {
        return save(accountId, check(data), StructureStatus.PENDING_ACTIVATION);
    }

    /**
     * Everything the portal demands of a new structure, storing nothing: its identifier's rule, a
     * SIRET known to the registry and open, the fields of its type, and that it is not in the portal yet.
     */
    @Transactional(readOnly = true)
    public Checked check(NewStructure data) {
        Identifier identifier = IdentifierRules.check(data.identifierType(), data.identifier(), data.companyName()).orThrow();
        refuseIfAwaitingItsCreation(identifier);
        if (structures.findByIdentifierKey(Structure.keyOf(identifier.type(), identifier.value())).isPresent()) {
            throw new RefusedException(Reason.ALREADY_EXISTS, "structure.exists");
        }
        NewStructure completed = data;
        boolean nonDiffusible = false;
        String legalCategory = null;
        if (identifier.type() == IdentifierType.SIRET) {
            Establishment establishment = establishments.activeEstablishment(identifier.value());
            nonDiffusible = !establishment.diffusible();
            legalCategory = establishment.legalCategory();
            completed = withRegistryName(data, establishment);
        }
        requireFieldsOf(identifier, completed, nonDiffusible);
        return new Checked(completed, identifier, nonDiffusible, legalCategory);
    }

    /** Saves the structure in the status given, unless structure-creation-policy sends it to support first. */
    private Created save(String accountId, Checked checked, StructureStatus statusWithoutSupport) {
        Instant now = clock.instant();
        StructureCreationPolicy.Verdict verdict = policy.decide(checked.data(), checked.legalCategory());
        Structure structure = structures.save(new Structure(UUID.randomUUID().toString(), checked.data(),
                checked.identifier(), checked.nonDiffusible(),
                verdict.supportApproval() ? StructureStatus.PENDING_APPROVAL : statusWithoutSupport, now));
        if (verdict.supportApproval()) {
            structure.recordReviewReason(verdict.reason());
        }
        Membership creator = memberships.save(Membership.creator(UUID.randomUUID().toString(), accountId,
                structure.getId(), structure.getStatus(), now));
        return new Created(structure, creator);
    }

    /**
     * The account created at registration is activated: the structure it created with it is real
     * now, unless someone made that structure real first; then it is dropped and the account may
     * ask to join the existing one.
     */
    @Transactional
    public void activateCreatedAtRegistration(String accountId) {
        memberships.findByAccountId(accountId).stream().filter(m -> m.getRole() == Role.PRIMARY_MANAGER).forEach(m -> {
            Structure structure = get(m.getStructureId());
            if (structure.getStatus() != StructureStatus.PENDING_ACTIVATION) {
                return;
            }
            if (structures.findByIdentifierKey(Structure.keyOf(structure.getIdentifierType(), structure.getIdentifier()))
                    .isPresent()) {
                discardPublicStructure(structure.getId());
                return;
            }
            structure.activate();
            m.approve(clock.instant());
        });
    }

    /** Two requests for one public structure: the second approval finds it taken (an incident for support). */
    private void requireIdentifierFree(Structure structure) {
        structures.findByIdentifierKey(Structure.keyOf(structure.getIdentifierType(), structure.getIdentifier()))
                .filter(holder -> !holder.getId().equals(structure.getId()))
                .ifPresent(holder -> {
                    throw new IllegalStateException("structure " + structure.getId() + " cannot be created: "
                            + structure.getIdentifierType() + " " + structure.getIdentifier() + " is already in the portal");
                });
    }

    /** An account closed before activation: the structure it was creating is dropped, its pending requests expire. */
    @Transactional
    public void abandonPendingOf(String accountId) {
        for (Membership membership : memberships.findByAccountId(accountId)) {
            if (membership.getStatus() != AttachmentStatus.PENDING) {
                continue;
            }
            if (get(membership.getStructureId()).getStatus() == StructureStatus.PENDING_ACTIVATION) {
                discardPublicStructure(membership.getStructureId());
            } else {
                membership.expire(clock.instant());
            }
        }
    }

    /**
     * Support approved: the public structure exists, its creator is its primary manager. When the
     * creator registered with it and is not activated yet, it becomes real at the activation (and
     * goes with the account if that never comes).
     */
    @Transactional
    public void approvePublicStructure(String structureId, boolean creatorActive) {
        Structure structure = structures.findById(structureId).orElseThrow();
        if (!creatorActive) {
            structure.awaitCreatorActivation();
            return;
        }
        requireIdentifierFree(structure);
        structure.activate();
        memberships.findByStructureIdAndStatus(structureId, AttachmentStatus.PENDING).stream()
                .filter(m -> m.getRole() == Role.PRIMARY_MANAGER)
                .forEach(m -> m.approve(clock.instant()));
    }

    /** Support refused, or its creator never came back (or came back too late): the structure is forgotten. */
    @Transactional
    public void discardPublicStructure(String structureId) {
        memberships.deleteByStructureId(structureId);
        structures.deleteById(structureId);
    }

    @Transactional(readOnly = true)
    public Optional<Structure> findActive(IdentifierType type, String identifier) {
        return structures.findByIdentifierKey(Structure.keyOf(type, identifier))
                .filter(s -> s.getStatus() == StructureStatus.ACTIVE);
    }

    /**
     * An identifier held by a structure not in the portal yet (support reviewing a public one, or one
     * created at a registration not yet activated) can be neither created again nor joined: say so,
     * rather than send people from one form to the other.
     */
    void refuseIfAwaitingItsCreation(Identifier identifier) {
        if (structures.findByIdentifierKey(Structure.keyOf(identifier.type(), identifier.value()))
                .filter(s -> s.getStatus() != StructureStatus.ACTIVE).isPresent()) {
            throw new RefusedException(Reason.ALREADY_EXISTS, "structure.awaitingCreation");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Structure> find(String structureId) {
        return structures.findById(structureId);
    }

    @Transactional(readOnly = true)
    public Structure get(String structureId) {
        return structures.findById(structureId).orElseThrow();
    }

    /** Who created (and so is primary manager of) this structure. */
    @Transactional(readOnly = true)
    public String creatorAccountId(String structureId) {
        return memberships.findByStructureId(structureId).stream().filter(m -> m.getRole() == Role.PRIMARY_MANAGER)
                .map(Membership::getAccountId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public Membership getMembership(String membershipId) {
        return memberships.findById(membershipId).orElseThrow();
    }

    /** The account's structures with its role and attachment status in each. */
    @Transactional(readOnly = true)
    public List<Attached> attachmentsOf(String accountId) {
        return memberships.findByAccountId(accountId).stream()
                .map(m -> new Attached(structures.findById(m.getStructureId()).orElseThrow(), m))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean hasStructureWithSiret(String accountId) {
        return attachmentsOf(accountId).stream().anyMatch(a -> a.membership().getStatus() == AttachmentStatus.APPROVED
                && a.structure().getIdentifierType() == IdentifierType.SIRET);
    }

    /** The approved managers (primary or not) of a structure. */
    @Transactional(readOnly = true)
    public List<String> managerAccountIds(String structureId) {
        return memberships.findByStructureIdAndStatus(structureId, AttachmentStatus.APPROVED).stream()
                .filter(Membership::isManagerOfRecord).map(Membership::getAccountId).toList();
    }

    /** The structures this account manages (approved primary or secondary manager). */
    @Transactional(readOnly = true)
    public List<String> managedStructureIds(String accountId) {
        return memberships.findByAccountId(accountId).stream()
                .filter(Membership::isManagerOfRecord).map(Membership::getStructureId).toList();
    }

    /**
     * Asks to join a structure of the portal: the whole structure, or some of its services. Refused
     * while a request is pending or the account is already attached.
     */
    @Transactional
    public Membership requestAttachment(String accountId, AttachmentWish wish) {
        Structure structure = checkAttachment(wish);
        // Two requests at once (a double click) would both find none pending: decide them in turn.
        structures.lockById(structure.getId());
        if (memberships.existsByAccountIdAndStructureIdAndStatusIn(accountId, structure.getId(),
                EnumSet.of(AttachmentStatus.PENDING, AttachmentStatus.APPROVED))) {
            throw new RefusedException(Reason.ALREADY_EXISTS, "attachment.duplicate");
        }
        Set<String> kept = wish.scope() == AttachmentScope.SERVICES ? Set.copyOf(wish.serviceCodes()) : Set.of();
        return memberships.save(Membership.request(UUID.randomUUID().toString(), accountId, structure.getId(),
                wish.scope(), kept, clock.instant()));
    }

    /** The structure asked for, if it is in the portal and has the services asked for; stores nothing. */
    @Transactional(readOnly = true)
    public Structure checkAttachment(AttachmentWish wish) {
        Identifier identifier = IdentifierRules.check(wish.identifierType(), wish.identifier(), null).orThrow();
        refuseIfAwaitingItsCreation(identifier);
        Structure structure = findActive(identifier.type(), identifier.value()).orElseThrow(() ->
                new RefusedException(Reason.NOT_FOUND, "structure.unknown"));
        List<FieldProblem> problems = new ArrayList<>();
        if (wish.scope() == AttachmentScope.SERVICES && wish.serviceCodes().isEmpty()) {
            problems.add(new FieldProblem("serviceCodes", "attachment.services.required"));
        }
        if (!wish.serviceCodes().stream().allMatch(structure::hasService)) {
            problems.add(new FieldProblem("serviceCodes", "attachment.services.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return structure;
    }

    @Transactional
    public void approveAttachment(String membershipId) {
        getMembership(membershipId).approve(clock.instant());
    }

    @Transactional
    public void refuseAttachment(String membershipId, String reason) {
        getMembership(membershipId).refuse(reason, clock.instant());
    }

    @Transactional
    public void expireAttachment(String membershipId) {
        getMembership(membershipId).expire(clock.instant());
    }

    private static NewStructure withRegistryName(NewStructure data, Establishment establishment) {
        if (data.companyName() != null && !data.companyName().isBlank() || establishment.companyName() == null) {
            return data;
        }
        return new NewStructure(data.identifierType(), data.identifier(), establishment.companyName(), data.lastName(),
                data.firstName(), data.label(), data.email(), data.phone(), data.address(), data.publicEntity(),
                data.paymentRequests(), data.dume(), data.services());
    }

    /**
     * A private individual gives names and address; others a company name and, unless non diffusible,
     * an address, abroad where the identifier says.
     */
    private static void requireFieldsOf(Identifier identifier, NewStructure data, boolean nonDiffusible) {
        List<FieldProblem> problems = new ArrayList<>();
        if (identifier.type() == IdentifierType.PARTICULIER) {
            requireText(problems, "lastName", data.lastName());
            requireText(problems, "firstName", data.firstName());
        } else {
            requireText(problems, "companyName", data.companyName());
        }
        if (!nonDiffusible && data.address() == null) {
            problems.add(new FieldProblem("address", "structure.address.required"));
        }
        if (data.address() != null) {
            AddressCountryRule.problem(identifier, data.address().countryCode())
                    .ifPresent(key -> problems.add(new FieldProblem("address.countryCode", key)));
        }
        if (data.services().stream().map(ServiceUnit::code).distinct().count() < data.services().size()) {
            problems.add(new FieldProblem("services", "structure.services.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireText(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "structure.field.required"));
        }
    }

    public record Created(Structure structure, Membership membership) {
    }

    /** A new structure that passed {@link #check}: completed from the registry, identifier normalised. */
    /** @param legalCategory the registry's, for a SIRET; null otherwise */
    public record Checked(NewStructure data, Identifier identifier, boolean nonDiffusible, String legalCategory) {
    }

    public record Attached(Structure structure, Membership membership) {
    }
}
