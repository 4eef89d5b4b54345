package fr.onboarding.structure.internal;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountView;
import fr.onboarding.structure.NewStructure;
import fr.onboarding.structure.StructureStatus;

/**
 * Creating a structure from "My account": a private one at once; a public one (outside Helios),
 * or any that decision structure-creation-policy sends to support, goes to support through process {@code public-structure-approval}, with what support needs to
 * decide in the task's form.
 */
@Service
public class PublicStructureRequests {

    static final String PROCESS_KEY = "public-structure-approval";

    private final StructureService structures;
    private final AccountService accounts;
    private final RuntimeService runtime;
    private final MessageSource messages;

    PublicStructureRequests(StructureService structures, AccountService accounts, RuntimeService runtime,
                            MessageSource messages) {
        this.structures = structures;
        this.accounts = accounts;
        this.runtime = runtime;
        this.messages = messages;
    }

    @Transactional
    StructureService.Created create(String accountId, NewStructure data) {
        StructureService.Created created = structures.create(accountId, data);
        Structure structure = created.structure();
        if (structure.getStatus() == StructureStatus.PENDING_APPROVAL) {
            runtime.startProcessInstanceByKey(PROCESS_KEY, structure.getId(),
                    Map.of("structureId", structure.getId(), "accountId", accountId));
        }
        return created;
    }

    /**
     * What support's form and the mails of process {@code public-structure-approval} show, loaded
     * when it starts ({@code ${publicStructureReviewData}}) from its ids, {@code structureId} and the
     * requester's {@code accountId}: a registration with a public structure never holds them.
     */
    Map<String, Object> reviewVariables(String structureId, String accountId) {
        Structure structure = structures.get(structureId);
        AccountView requester = accounts.get(accountId);
        return Map.of(
                // Support's form is in French, as the rest of the review forms: the type in words.
                "structureIdentifierTypeLabel",
                messages.getMessage(structure.getIdentifierType().labelKey(), null, Locale.FRENCH),
                "structureIdentifier", structure.getIdentifier(),
                "structureName", structure.displayName(),
                "structureCity", structure.getAddress() == null ? "" : structure.getAddress().city(),
                "reviewReason", structure.getReviewReason() == null ? "" : structure.getReviewReason(),
                "requesterName", requester.fullName(),
                "requesterLoginEmail", requester.loginEmail());
    }
}
