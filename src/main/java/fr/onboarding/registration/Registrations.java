package fr.onboarding.registration;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.NewAccount;
import fr.onboarding.attachment.AttachmentRequests;
import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.Membership;
import fr.onboarding.structure.NewStructure;
import fr.onboarding.structure.PublicStructureRequests;
import fr.onboarding.structure.StructureService;

/**
 * What a registration stores: the account, unless its login e-mail is taken, and then the
 * structure it creates or the attachment it asks for. Answers the process variables of
 * account-registration: {@code loginEmailTaken}, {@code accountId} or {@code existingAccountId},
 * {@code registrationKind}, and what the approval it waits for needs.
 */
@Service
class Registrations {

    private final AccountService accounts;
    private final StructureService structures;
    private final PublicStructureRequests publicStructures;
    private final AttachmentRequests attachments;

    Registrations(AccountService accounts, StructureService structures, PublicStructureRequests publicStructures,
                  AttachmentRequests attachments) {
        this.accounts = accounts;
        this.structures = structures;
        this.publicStructures = publicStructures;
        this.attachments = attachments;
    }

    @Transactional
    Map<String, Object> record(String registrationId, NewAccount account, NewStructure structure, AttachmentWish attachment) {
        Map<String, Object> variables = new HashMap<>();
        var holder = accounts.findHolderOf(account.loginEmail());
        variables.put("loginEmailTaken", holder.isPresent());
        if (holder.isPresent()) {
            variables.put("existingAccountId", holder.get());
            return variables;
        }
        accounts.create(registrationId, account);
        variables.put("accountId", registrationId);
        RegistrationKind kind = RegistrationKind.ACCOUNT_ONLY;
        if (structure != null) {
            StructureService.Created created = structures.createAtRegistration(registrationId, structure);
            kind = structure.publicEntity() ? RegistrationKind.PUBLIC_STRUCTURE : RegistrationKind.PRIVATE_STRUCTURE;
            variables.put("structureId", created.structure().getId());
            if (structure.publicEntity()) {
                variables.putAll(publicStructures.reviewVariables(created.structure(), registrationId));
            }
        } else if (attachment != null) {
            Membership membership = structures.requestAttachment(registrationId, attachment);
            kind = RegistrationKind.ATTACHMENT;
            variables.putAll(attachments.reviewVariables(membership));
        }
        variables.put("registrationKind", kind.name());
        return variables;
    }
}
