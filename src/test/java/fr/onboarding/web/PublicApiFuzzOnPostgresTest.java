package fr.onboarding.web;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** The fuzzing again on PostgreSQL, stricter than H2 about what text may hold. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class PublicApiFuzzOnPostgresTest extends PublicApiFuzzTest {
}
