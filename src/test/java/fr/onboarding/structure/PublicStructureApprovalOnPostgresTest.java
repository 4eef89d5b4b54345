package fr.onboarding.structure;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** Every path of public-structure-approval again, on PostgreSQL. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class PublicStructureApprovalOnPostgresTest extends PublicStructureApprovalProcessTest {
}
