package fr.onboarding.workspace;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkspaceSettingsRepository extends JpaRepository<WorkspaceSettings, String> {
}
