package fr.onboarding.registration;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.NewAccount;
import fr.onboarding.structure.AttachmentWish;
import fr.onboarding.structure.NewStructure;
import fr.onboarding.structure.Structures;

/**
 * What a registration stores: the account, unless its login e-mail is taken, and then the
 * structure it creates or the attachment it asks for. Answers the process variables of
 * account-registration: {@code loginEmailTaken}, {@code accountId} or {@code existingAccountId},
 * {@code registrationKind}, and what the approval it waits for needs.
 */
@Service
class Registrations {

    private final AccountService accounts;
    private final Structures structures;

    Registrations(AccountService accounts, Structures structures) {
        this.accounts = accounts;
        this.structures = structures;
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
            Structures.CreatedAtRegistration created = structures.createAtRegistration(registrationId, structure);
            variables.put("structureId", created.structureId());
            variables.put("identifierType", structure.identifierType().name());
            kind = created.awaitsSupport() ? RegistrationKind.PUBLIC_STRUCTURE : RegistrationKind.PRIVATE_STRUCTURE;
        } else if (attachment != null) {
            variables.putAll(structures.requestAttachmentAtRegistration(registrationId, attachment));
            variables.put("identifierType", attachment.identifierType().name());
            kind = RegistrationKind.ATTACHMENT;
        }
        variables.put("registrationKind", kind.name());
        return variables;
    }
}
