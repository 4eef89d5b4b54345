package fr.onboarding.credentials;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** The lockout again on PostgreSQL, where concurrent first failures used to collide on the key. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class LoginLockoutOnPostgresTest extends LoginLockoutTest {
}
