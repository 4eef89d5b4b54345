package fr.onboarding.credentials;

import static fr.onboarding.Journey.STRONG_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/** Failed log-ins lock an account for a while, answered exactly like wrong credentials, through every door. */
@JourneyTest
class LoginLockoutTest {

    @Autowired
    GreenMail greenMail;

    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    String email;

    @BeforeEach
    void activeAccount() {
        email = journey.newActiveAccount(greenMail, "fr");
    }


    private ResponseEntity<String> me(String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(email, password, StandardCharsets.UTF_8);
        return http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private void failFiveTimes() {
        for (int i = 0; i < 5; i++) {
            assertThat(me("Wrong-Password-" + i).getStatusCode().value()).isEqualTo(401);
        }
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordGetsTheWrongCredentialsAnswer() {
        ResponseEntity<String> wrong = me("Wrong-Password-0");
        failFiveTimes();

        ResponseEntity<String> locked = me(STRONG_PASSWORD);

        assertThat(locked.getStatusCode()).isEqualTo(wrong.getStatusCode());
        assertThat(locked.getBody()).isEqualTo(wrong.getBody());
        assertThat(locked.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo(wrong.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void theLockEndsByItselfAndGrowsWithEachFurtherFailure() {
        failFiveTimes();
        moveClock(Duration.ofSeconds(61));
        me("Wrong-Again-1");

        moveClock(Duration.ofSeconds(90));
        assertThat(me(STRONG_PASSWORD).getStatusCode().value()).isEqualTo(401);

        moveClock(Duration.ofSeconds(31));
        assertThat(me(STRONG_PASSWORD).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theEngineDoorIsLockedToo() {
        failFiveTimes();

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(email, STRONG_PASSWORD, StandardCharsets.UTF_8);
        assertThat(http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anOperatorSeesTheLockAndLiftsIt() {
        User operator = identity.newUser("ops" + System.nanoTime());
        operator.setPassword("Operator-Password-2026");
        identity.saveUser(operator);
        identity.createMembership(operator.getId(), "operators");
        failFiveTimes();

        ResponseEntity<List> locks = http.withBasicAuth(operator.getId(), "Operator-Password-2026")
                .getForEntity("/api/ops/login-locks", List.class);
        ResponseEntity<Void> lifted = http.withBasicAuth(operator.getId(), "Operator-Password-2026")
                .exchange("/api/ops/login-locks/" + email, HttpMethod.DELETE, null, Void.class);

        assertThat(locks.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) locks.getBody()).extracting(l -> l.get("key")).contains("account:" + email);
        assertThat(lifted.getStatusCode().value()).isEqualTo(204);
        assertThat(me(STRONG_PASSWORD).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anOverlongLoginNameIsJustWrongCredentials() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("a".repeat(300) + "@example.fr", "whatever", StandardCharsets.UTF_8);

        assertThat(http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void aPortalAccountIsNoOperator() {
        assertThat(http.withBasicAuth(email, STRONG_PASSWORD).getForEntity("/api/ops/login-locks", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aPasswordResetLiftsTheLock() {
        failFiveTimes();
        journey.post("/api/password-resets", Map.of("loginEmail", email));
        journey.runDueJobs();
        String token = Journey.linkTokenFromMail(greenMail, email, "password-reset");

        journey.post("/api/password-resets/" + token, Map.of("secretAnswer", "félix le chat",
                "password", "Reprise-En-Main-2027", "passwordConfirmation", "Reprise-En-Main-2027"));

        assertThat(me("Reprise-En-Main-2027").getStatusCode().value()).isEqualTo(200);
    }

    /** Twenty wrong passwords at once: none lost to a race, none a 500, and the lock holds after. */
    @Test
    void aBurstOfWrongPasswordsIsCountedInFullAndTheLockHolds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String password = "Wrong-Burst-" + i;
            burst.add(() -> me(password).getStatusCode().value());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : pool.invokeAll(burst)) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(401);
        assertThat(me(STRONG_PASSWORD).getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select failures from login_failure where failure_key = ?", Integer.class,
                "account:" + email)).as("every failure before the lock is counted").isBetween(5, 20);
    }

    /** Each request on the engine's door holds a connection: a burst of wrong log-ins must not drain the pool. */
    @Test
    void aBurstOnTheEngineDoorIsAnsweredWithoutDrainingThePool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Integer>> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(() -> http.withBasicAuth("nobody-" + email, "Wrong-Password")
                    .getForEntity("/engine-rest/task/count", String.class).getStatusCode().value());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : pool.invokeAll(burst, 20, java.util.concurrent.TimeUnit.SECONDS)) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(401);
    }

    /** Nobody can lock an engine user out for good: the portal's lock, which ends, replaces Camunda's permanent one. */
    @Test
    void anEngineUserIsNeverLockedForGood() {
        User agent = identity.newUser("agent" + System.nanoTime());
        agent.setPassword("Agent-Password-2026");
        identity.saveUser(agent);
        for (int i = 0; i < 12; i++) {
            assertThat(http.withBasicAuth(agent.getId(), "Wrong-" + i).getForEntity("/engine-rest/task/count", String.class)
                    .getStatusCode().value()).isEqualTo(401);
            moveClock(Duration.ofHours(2));
        }

        assertThat(identity.checkPassword(agent.getId(), "Agent-Password-2026"))
                .as("Camunda's attempts and lock: %s; the portal's: %s",
                        jdbc.queryForList("select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", agent.getId()),
                        jdbc.queryForList("select * from login_failure where failure_key like ?", "%" + agent.getId()))
                .isTrue();
    }

    /** Camunda's own growing delay after a failure is off: it refused the right password and counted that as a failure. */
    @Test
    void oneWrongPasswordOfAnEngineUserDoesNotRefuseTheRightOne() {
        User operator = identity.newUser("ops" + System.nanoTime());
        operator.setPassword("Operator-Password-2026");
        identity.saveUser(operator);
        identity.createMembership(operator.getId(), "operators");

        assertThat(http.withBasicAuth(operator.getId(), "Wrong-Password").getForEntity("/api/ops/login-locks", String.class)
                .getStatusCode().value()).isEqualTo(401);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(http.withBasicAuth(operator.getId(), "Operator-Password-2026").getForEntity("/api/ops/login-locks", String.class)
                    .getStatusCode().value()).isEqualTo(200);
        }
    }
}
