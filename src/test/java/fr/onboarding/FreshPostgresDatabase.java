package fr.onboarding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at the PostgreSQL server of the machine (127.0.0.1:5432, user postgres,
 * trust auth; ONBOARDING_TEST_POSTGRES overrides the server URL) and gives it a fresh database,
 * created here. A server that cannot be reached fails the tests: they are never skipped.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DATABASE = "onboarding_test";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String server = System.getenv().getOrDefault("ONBOARDING_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required by the test suite at " + server, e);
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + server + DATABASE,
                "spring.datasource.username=postgres",
                "spring.datasource.password=").applyTo(context);
    }
}
