package fr.onboarding.account;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** Every path of account-registration again, on PostgreSQL: the production database. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class AccountRegistrationOnPostgresTest extends AccountRegistrationProcessTest {
}
