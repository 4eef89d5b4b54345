package fr.onboarding.workspace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.InvalidInputException.FieldProblem;

@Service
public class WorkspaceService {

    private final WorkspaceSettingsRepository settings;

    WorkspaceService(WorkspaceSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Workspaces of(String accountId) {
        return settings.findById(accountId)
                .map(s -> new Workspaces(states(s.getEnabled()), s.getJusticeFeeProviderCategory(), s.getJusticeFeeRegime()))
                .orElseGet(() -> new Workspaces(states(defaults()), null, null));
    }

    /**
     * Replaces the account's workspaces: a workspace not listed is off. Justice fee statements need
     * the provider category, and the regime/status when none of the account's structures has a SIRET.
     */
    @Transactional
    public Workspaces replace(String accountId, Map<String, Boolean> requested, String providerCategory, String regime,
                              boolean hasSiretStructure) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Workspace> enabled = EnumSet.noneOf(Workspace.class);
        requested.forEach((name, on) -> {
            try {
                if (Boolean.TRUE.equals(on)) {
                    enabled.add(Workspace.valueOf(name));
                }
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("workspaces." + name, "workspace.unknown"));
            }
        });
        if (enabled.contains(Workspace.JUSTICE_FEE_STATEMENTS)) {
            if (isBlank(providerCategory)) {
                problems.add(new FieldProblem("justiceFeeProviderCategory", "workspace.justiceFee.category.required"));
            }
            if (!hasSiretStructure && isBlank(regime)) {
                problems.add(new FieldProblem("justiceFeeRegime", "workspace.justiceFee.regime.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkspaceSettings current = settings.findById(accountId).orElseGet(() -> new WorkspaceSettings(accountId));
        current.replace(enabled, strip(providerCategory), strip(regime));
        settings.save(current);
        return of(accountId);
    }

    private static Set<Workspace> defaults() {
        Set<Workspace> defaults = EnumSet.noneOf(Workspace.class);
        for (Workspace workspace : Workspace.values()) {
            if (workspace.isOnByDefault()) {
                defaults.add(workspace);
            }
        }
        return defaults;
    }

    private static Map<Workspace, Boolean> states(Set<Workspace> enabled) {
        Map<Workspace, Boolean> states = new EnumMap<>(Workspace.class);
        for (Workspace workspace : Workspace.values()) {
            states.put(workspace, enabled.contains(workspace));
        }
        return states;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
