package fr.onboarding.credentials;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates a key's failure row if it is missing, without spoiling the caller's transaction when a
 * concurrent request creates it first: PostgreSQL's {@code ON CONFLICT DO NOTHING} never fails; the
 * standard {@code MERGE} elsewhere (H2) may, and there a failed statement leaves the transaction usable.
 */
@Component
class LoginFailureRows {

    private static final String POSTGRES = "INSERT INTO login_failure (failure_key, failures) VALUES (?, 0) ON CONFLICT DO NOTHING";
    private static final String STANDARD = "MERGE INTO login_failure t USING (VALUES (CAST(? AS VARCHAR(300)))) s(k)"
            + " ON t.failure_key = s.k WHEN NOT MATCHED THEN INSERT (failure_key, failures) VALUES (s.k, 0)";

    private final JdbcTemplate jdbc;
    private final String insertIfMissing;

    LoginFailureRows(DataSource dataSource) throws SQLException {
        this.jdbc = new JdbcTemplate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            this.insertIfMissing = postgres ? POSTGRES : STANDARD;
        }
    }

    void ensureExists(String key) {
        try {
            jdbc.update(insertIfMissing, key);
        } catch (DuplicateKeyException createdMeanwhile) {
            // Another request made the row a moment ago: it exists, which is all that was needed.
        }
    }
}
