package fr.onboarding.myaccount;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.account.AccountView;
import fr.onboarding.account.AccountService;
import fr.onboarding.account.AccountStatus;
import fr.onboarding.account.PersonalDataChange;
import fr.onboarding.account.PortalUser;
import fr.onboarding.structure.AttachmentStatus;
import fr.onboarding.structure.IdentifierType;
import fr.onboarding.structure.Role;
import fr.onboarding.structure.Structures;
import fr.onboarding.web.RateLimits;
import fr.onboarding.workspace.Workspace;
import fr.onboarding.workspace.WorkspaceService;
import fr.onboarding.workspace.Workspaces;

/** "Mon compte": the logged-in account with its structures and workspaces. */
@RestController
class MyAccountController {

    private final AccountService accounts;
    private final Structures structures;
    private final WorkspaceService workspaces;
    private final PersonalDataUpdates updates;
    private final RateLimits rateLimits;

    MyAccountController(AccountService accounts, Structures structures, WorkspaceService workspaces,
                        PersonalDataUpdates updates, RateLimits rateLimits) {
        this.accounts = accounts;
        this.structures = structures;
        this.workspaces = workspaces;
        this.updates = updates;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal PortalUser user) {
        AccountView account = accounts.get(user.accountId());
        List<MyStructure> mine = structures.membershipsOf(user.accountId()).stream()
                .map(m -> new MyStructure(m.identifierType(), m.identifier(), m.displayName(), m.role(), m.status()))
                .toList();
        Workspaces spaces = workspaces.of(user.accountId());
        return new Me(account.loginEmail(), account.contactEmail(), account.firstName(), account.lastName(),
                account.phone(), account.language(), account.status(), mine, spaces.states(),
                spaces.justiceFeeProviderCategory(), spaces.justiceFeeRegime());
    }

    /** "Mes informations personnelles"; the login e-mail and the password only with {@code currentPassword}. */
    @PatchMapping("/api/me")
    Me update(@AuthenticationPrincipal PortalUser user, @Valid @RequestBody PersonalDataForm form) {
        PersonalDataChange change = form.toChange();
        if (change.loginEmail() != null || change.contactEmail() != null) {
            // Each new address is mailed: per account and per address mailed, so that nobody is flooded.
            rateLimits.consume(RateLimits.Limit.EMAIL_CHANGE, "account:" + user.accountId(),
                    change.loginEmail() == null ? null : "email:" + change.loginEmail(),
                    change.contactEmail() == null ? null : "email:" + change.contactEmail());
        }
        updates.update(user.accountId(), change);
        return me(user);
    }

    @PutMapping("/api/me/workspaces")
    Workspaces setWorkspaces(@AuthenticationPrincipal PortalUser user, @Valid @RequestBody WorkspaceChoice choice) {
        return workspaces.replace(user.accountId(), choice.workspaces(), choice.justiceFeeProviderCategory(),
                choice.justiceFeeRegime(), structures.hasStructureWithSiret(user.accountId()));
    }

    record Me(String loginEmail, String contactEmail, String firstName, String lastName, String phone, String language,
              AccountStatus status, List<MyStructure> structures, Map<Workspace, Boolean> workspaces,
              String justiceFeeProviderCategory, String justiceFeeRegime) {
    }

    record MyStructure(IdentifierType identifierType, String identifier, String companyName, Role role,
                       AttachmentStatus attachmentStatus) {
    }

    /** Body of {@code PUT /api/me/workspaces}: every workspace's state; one not listed is off. */
    record WorkspaceChoice(@NotNull Map<String, Boolean> workspaces,
                           @Size(max = 100) String justiceFeeProviderCategory,
                           @Size(max = 100) String justiceFeeRegime) {
    }
}
