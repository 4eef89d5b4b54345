package fr.onboarding.workspace;

import java.util.Map;

/** What "My account" shows of the workspaces: every workspace with its state, and the justice fee details. */
public record Workspaces(Map<Workspace, Boolean> states, String justiceFeeProviderCategory, String justiceFeeRegime) {
}
