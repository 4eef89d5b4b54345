package fr.onboarding.attachment;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** Every path of structure-attachment again, on PostgreSQL. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class StructureAttachmentOnPostgresTest extends StructureAttachmentProcessTest {
}
