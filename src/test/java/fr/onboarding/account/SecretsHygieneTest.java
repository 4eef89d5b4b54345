package fr.onboarding.account;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static fr.onboarding.Journey.activationForm;
import static fr.onboarding.Journey.activationTokenFromMail;
import static fr.onboarding.Journey.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
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
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

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

    /** A person with data of their own: no other test's registration shares any of it. */
    private record Person(Map<String, Object> registration, String email, String lastName, String phone) {

        static Person unique() {
            String email = uniqueEmail();
            String digits = String.format("%08d", Math.floorMod(email.hashCode(), 100_000_000));
            String lastName = "Effacé" + digits.chars().mapToObj(d -> String.valueOf((char) ('a' + d - '0')))
                    .collect(java.util.stream.Collectors.joining());
            String phone = "+33 7 " + digits.replaceAll("(\\d\\d)(?!$)", "$1 ");
            Map<String, Object> registration = Journey.registration(email);
            registration.put("lastName", lastName);
            registration.put("phone", phone);
            return new Person(registration, email, lastName, phone);
        }
    }

    /**
     * Retention: once a registration is closed unactivated or refused, nothing of the person is
     * left, in the engine's tables (runtime and history) or the application's.
     */
    @Test
    void noTableKeepsAnythingOfAClosedOrARefusedRegistration() {
        Person unactivated = Person.unique();
        journey.post("/api/accounts", journey.withSolvedCaptcha(unactivated.registration()));
        journey.runDueJobs();
        Person refused = Person.unique();
        String manager = journey.newActiveAccount(greenMail, "fr");
        Map<String, Object> attachment = refused.registration();
        attachment.put("attachment", Map.of("identifierType", "AUTRE", "identifier", journey.newStructure(manager),
                "scope", "WHOLE_STRUCTURE"));
        ResponseEntity<Map<String, Object>> accepted = journey.post("/api/accounts", journey.withSolvedCaptcha(attachment));
        assertThat(accepted.getStatusCode().value()).as(String.valueOf(accepted.getBody())).isEqualTo(202);
        String refusedId = (String) accepted.getBody().get("accountId");
        journey.runDueJobs();
        ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("structure-attachment")
                .superProcessInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(refusedId)
                        .singleResult().getId()).singleResult();
        tasks.complete(tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getId(),
                Map.of("approved", false, "refusalReason", "Inconnu du service."));
        journey.runDueJobs();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
        journey.runDueJobs();

        String everything = dumpTables("%");

        assertThat(everything).contains(manager);
        assertThat(everything).doesNotContain(unactivated.email(), unactivated.lastName(), unactivated.phone(),
                refused.email(), refused.lastName(), refused.phone());
    }

    /** The engine's history of a registration goes 180 days after its end, with the nightly clean-up. */
    @Test
    void aRegistrationsHistoryIsCleanedUpOnceItsTimeToLiveIsOver() {
        String accountId = journey.register(uniqueEmail());
        journey.runDueJobs();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
        journey.runDueJobs();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(accountId).finished().count()).isOne();

        cleanUpHistory(Duration.ofDays(179));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(accountId).count()).isOne();
        cleanUpHistory(Duration.ofDays(2));

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(accountId).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().activityId("AccountClosed").list())
                .noneMatch(activity -> activity.getProcessInstanceId().equals(accountId));
    }

    /** Moves the clock on, then runs the engine's clean-up job now, as the nightly window would. */
    private void cleanUpHistory(Duration later) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(later)));
        String job = history.cleanUpHistoryAsync(true).getId();
        management.executeJob(job);
    }

    /** Every text and byte column of every ACT_ table, as one string (byte arrays read as UTF-8). */
    private String dumpEngineTables() {
        String dump = dumpTables("ACT\\_%");
        assertThat(dump).contains("ACT_HI_PROCINST");
        return dump;
    }

    /**
     * Every text and byte column of the tables named like {@code pattern}, as one string (byte
     * arrays read as UTF-8), each row after its table's name.
     */
    private String dumpTables(String pattern) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and upper(table_name) like ? escape '\\'", String.class, pattern);
        assertThat(tables).contains("ACT_HI_VARINST", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY", "ACT_HI_DETAIL");
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            dump.append(table).append(':');
            for (Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\"")) {
                for (Object value : row.values()) {
                    dump.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : value)
                            .append('|');
                }
            }
        }
        return dump.toString();
    }
}
