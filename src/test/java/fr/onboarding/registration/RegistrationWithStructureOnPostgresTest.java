package fr.onboarding.registration;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** The registration variants with a structure again, on PostgreSQL. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class RegistrationWithStructureOnPostgresTest extends RegistrationWithStructureTest {
}
