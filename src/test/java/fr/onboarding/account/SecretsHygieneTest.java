package fr.onboarding.account;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;
import fr.onboarding.credentials.OneTimeTokens;

/**
 * After a whole journey (registration, activation, password reset), the engine's runtime and
 * history tables hold ids and outcomes only: no token, password, secret answer, nor the person's
 * name or addresses.
 */
@JourneyTest
class SecretsHygieneTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    DataSource dataSource;

    @Test
    void theEngineTablesHoldNoSecretNorPersonalDataAfterAJourney() {
        String email = uniqueEmail();
        String lastName = "Discrète" + email.substring(5, 13).replaceAll("[^a-z]", "x");
        Map<String, Object> registration = Journey.registration(email);
        registration.put("firstName", "Héloïse");
        registration.put("lastName", lastName);
        registration.put("phone", "+33 6 99 88 77 66");
        journey.post("/api/accounts", registration);
        journey.runDueJobs();
        String token = activationTokenFromMail(greenMail, email);
        journey.post("/api/activations/" + token, activationForm(STRONG_PASSWORD));
        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();
        String resetToken = Journey.linkTokenFromMail(greenMail, email, "password-reset");
        journey.post("/api/password-resets/" + resetToken, Map.of("secretAnswer", "Félix le Chat",
                "password", "Secret-Neuf-2027", "passwordConfirmation", "Secret-Neuf-2027"));

        String engineData = dumpEngineTables();

        assertThat(engineData).contains("account-registration", "loginEmailTaken");
        assertThat(engineData).doesNotContain(token, OneTimeTokens.hash(token), resetToken, OneTimeTokens.hash(resetToken),
                STRONG_PASSWORD, "Secret-Neuf-2027", "Félix", email,
                lastName, "+33 6 99 88 77 66", "Nom de mon premier chat");
    }

    /** Every text and byte column of every ACT_ table, as one string (byte arrays read as UTF-8). */
    private String dumpEngineTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where upper(table_name) like 'ACT\\_%' escape '\\'",
                String.class);
        assertThat(tables).contains("ACT_HI_VARINST", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY", "ACT_HI_DETAIL");
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                for (Object value : row.values()) {
                    dump.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value)
                            .append('|');
                }
            }
        }
        return dump.toString();
    }
}
