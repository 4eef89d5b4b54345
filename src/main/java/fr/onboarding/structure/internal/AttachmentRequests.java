package fr.onboarding.structure.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;
import fr.onboarding.account.AccountView;
import fr.onboarding.structure.AttachmentScope;
import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.ManagersGroup;

/**
 * A request to join a structure: a pending membership, and process {@code structure-attachment}
 * that offers it to the structure's managers. The variables are what the review form shows; they
 * live while the request waits and go with the process (history keeps no variables).
 */
@Service
public class AttachmentRequests {

    static final String PROCESS_KEY = "structure-attachment";
    private static final DateTimeFormatter REQUEST_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final StructureService structures;
    private final AccountService accounts;
    private final RuntimeService runtime;
    private final MessageSource messages;
    private final VerifiedDomains verifiedDomains;

    AttachmentRequests(StructureService structures, AccountService accounts, RuntimeService runtime,
                       MessageSource messages, VerifiedDomains verifiedDomains) {
        this.verifiedDomains = verifiedDomains;
        this.messages = messages;
        this.structures = structures;
        this.accounts = accounts;
        this.runtime = runtime;
    }

    @Transactional
    Membership request(String accountId, AttachmentWish wish) {
        Membership membership = structures.requestAttachment(accountId, wish);
        runtime.startProcessInstanceByKey(PROCESS_KEY, membership.getId(), Map.of("membershipId", membership.getId()));
        return membership;
    }

    /**
     * What process {@code structure-attachment} needs besides the request's id: ids, the managers'
     * group, and what the review form shows. Loaded when it starts ({@code ${attachmentReviewData}}),
     * so that a registration asking to join never holds them.
     */
    Map<String, Object> reviewVariables(String membershipId) {
        Membership membership = structures.getMembership(membershipId);
        Structure structure = structures.get(membership.getStructureId());
        AccountView requester = accounts.get(membership.getAccountId());
        return Map.ofEntries(
                Map.entry("membershipId", membership.getId()),
                Map.entry("accountId", membership.getAccountId()),
                Map.entry("structureId", structure.getId()),
                Map.entry("managersGroup", ManagersGroup.of(structure.getId())),
                Map.entry("structureName", structure.displayName()),
                Map.entry("structureIdentifier", structure.getIdentifier()),
                Map.entry("requesterName", requester.fullName()),
                Map.entry("requesterLoginEmail", requester.loginEmail()),
                Map.entry("requesterContactEmail", requester.contactEmail()),
                Map.entry("attachmentScopeLabel", messages.getMessage("attachment.scope." + membership.getScope(), null,
                        Locale.FRENCH)),
                Map.entry("attachmentServices", services(structure, membership)),
                Map.entry("requestedAt", REQUEST_DATE.format(membership.getRequestedAt())),
                // The inputs of decision attachment-policy.
                Map.entry("requesterEmailDomain", VerifiedDomains.domainOf(requester.loginEmail()).orElse("")),
                Map.entry("requesterDomainVerified", verifiedDomains.isVerifiedDomainOf(structure.getId(), requester.loginEmail())),
                Map.entry("requesterAddressProven", requester.status() == AccountStatus.ACTIVE),
                Map.entry("attachmentScope", membership.getScope().name()),
                Map.entry("identifierType", structure.getIdentifierType().name()));
    }

    private static String services(Structure structure, Membership membership) {
        return structure.getServices().stream().filter(s -> membership.getServiceCodes().contains(s.code()))
                .map(s -> s.code() + " – " + s.name()).collect(Collectors.joining(", "));
    }
}
