package fr.onboarding.web;

import org.springframework.test.context.ContextConfiguration;

import fr.onboarding.FreshPostgresDatabase;

/** The same hostile input on PostgreSQL, which refuses NUL bytes in text where H2 stores them. */
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class HostileInputOnPostgresTest extends HostileInputTest {
}
