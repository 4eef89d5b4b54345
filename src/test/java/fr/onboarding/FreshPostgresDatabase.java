package fr.onboarding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at the PostgreSQL server of the machine (127.0.0.1:5432, user postgres,
 * trust auth; ONBOARDING_TEST_POSTGRES overrides the server URL) and gives it a fresh database of
 * its own, named after this JVM's process id: two suites running at once on one machine never
 * share one. Databases left by suites whose process is gone are dropped first. A server that
 * cannot be reached fails the tests: they are never skipped.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String PREFIX = "onboarding_test_";
    private static final Pattern OWNER = Pattern.compile(PREFIX + "(\\d+)_\\d+");
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    /** The machine's PostgreSQL server, as a JDBC URL without the database. */
    public static final String SERVER = System.getenv().getOrDefault("ONBOARDING_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = recreate(String.valueOf(CONTEXTS.incrementAndGet()));
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=postgres",
                "spring.datasource.password=").applyTo(context);
    }

    /**
     * A new, empty database of this JVM's, named after {@code suffix} (dropped first if there),
     * once the databases of ended suites are dropped. Answers its JDBC URL.
     */
    public static String recreate(String suffix) {
        String database = PREFIX + ProcessHandle.current().pid() + "_" + suffix;
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            for (String leftOver : leftOvers(statement)) {
                statement.execute("DROP DATABASE IF EXISTS " + leftOver + " WITH (FORCE)");
            }
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required by the test suite at " + SERVER, e);
        }
        return SERVER + database;
    }

    /** A copy of the database of that JDBC URL (nobody may be connected to it), named after {@code suffix}. Answers its URL. */
    public static String copy(String url, String suffix) {
        String database = PREFIX + ProcessHandle.current().pid() + "_" + suffix;
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " TEMPLATE " + url.substring(SERVER.length()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy " + url, e);
        }
        return SERVER + database;
    }

    /** Drops the database of that JDBC URL, connections and all. */
    public static void drop(String url) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + url.substring(SERVER.length()) + " WITH (FORCE)");
        }
    }

    /**
     * Refuses to measure on a server whose autovacuum is off (as on the development machine once):
     * the planner then keeps the statistics of the empty tables, and as the engine's tables grow
     * its look-ups turn into scans (11 ms instead of 0.03 for a registration's variables).
     */
    public static void requireAutovacuum() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = admin.createStatement(); ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
            setting.next();
            if (!"on".equals(setting.getString(1))) {
                throw new IllegalStateException("PostgreSQL's autovacuum is off at " + SERVER + ": the figures would be"
                        + " those of stale statistics. Turn it on: ALTER SYSTEM SET autovacuum = on; SELECT pg_reload_conf();");
            }
        }
    }

    /** Test databases whose suite's process has ended. */
    private static List<String> leftOvers(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet databases = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (databases.next()) {
                Matcher owner = OWNER.matcher(databases.getString(1));
                if (owner.matches() && ProcessHandle.of(Long.parseLong(owner.group(1))).isEmpty()) {
                    names.add(databases.getString(1));
                }
            }
        }
        return names;
    }
}
