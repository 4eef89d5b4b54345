package fr.onboarding.identity;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** Tasklist isolation again, on PostgreSQL. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class TasklistIsolationOnPostgresTest extends TasklistIsolationTest {
}
