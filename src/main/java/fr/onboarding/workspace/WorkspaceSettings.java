package fr.onboarding.workspace;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** An account's chosen workspaces; an account that never chose has the defaults. */
@Entity
@Table(name = "workspace_settings")
class WorkspaceSettings {

    @Id
    private String accountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "workspace_enabled", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "workspace")
    @Enumerated(EnumType.STRING)
    private Set<Workspace> enabled = EnumSet.noneOf(Workspace.class);

    /** "Catégorie de prestataire" of the justice fee statements workspace. */
    private String justiceFeeProviderCategory;
    /** "Régime / statut", asked of a structure without SIRET. */
    private String justiceFeeRegime;

    protected WorkspaceSettings() {
    }

    WorkspaceSettings(String accountId) {
        this.accountId = accountId;
    }

    void replace(Set<Workspace> workspaces, String providerCategory, String regime) {
        enabled.clear();
        enabled.addAll(workspaces);
        boolean justiceFees = workspaces.contains(Workspace.JUSTICE_FEE_STATEMENTS);
        justiceFeeProviderCategory = justiceFees ? providerCategory : null;
        justiceFeeRegime = justiceFees ? regime : null;
    }

    Set<Workspace> getEnabled() {
        return enabled;
    }

    String getJusticeFeeProviderCategory() {
        return justiceFeeProviderCategory;
    }

    String getJusticeFeeRegime() {
        return justiceFeeRegime;
    }
}
