package fr.onboarding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.context.TestPropertySource;

import fr.onboarding.Journey;
import fr.onboarding.JourneyTest;

/**
 * The public endpoints' limits per client address and per e-mail, switched on as in production
 * (each test uses its own keys where it can: all calls come from 127.0.0.1).
 */
@JourneyTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"onboarding.rate-limits.enabled=true",
        "onboarding.rate-limits.structure-lookups-per-minute=3", "onboarding.rate-limits.registrations-per-hour=2",
        "onboarding.rate-limits.password-resets-per-hour=2", "onboarding.rate-limits.logins-per-minute=3",
        "onboarding.rate-limits.support-tickets-per-hour=1"})
class RateLimitsTest {

    @Autowired
    Journey journey;
    @Autowired
    TestRestTemplate http;

    @Test
    void theLookupIsLimitedPerClientAddressAndSaysWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            assertThat(journey.get("/api/structures/lookup?identifierType=AUTRE&identifier=LIMIT" + i).getStatusCode().value())
                    .isEqualTo(200);
        }

        ResponseEntity<Map<String, Object>> limited = journey.get("/api/structures/lookup?identifierType=AUTRE&identifier=LIMIT3");

        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.getBody()).containsEntry("title", "Trop de demandes");
    }

    @Test
    void passwordResetsAreLimitedPerAddressAndEmail() {
        Map<String, Object> request = Map.of("loginEmail", Journey.uniqueEmail());
        journey.post("/api/password-resets", request);
        journey.post("/api/password-resets", request);

        assertThat(journey.post("/api/password-resets", request).getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void logInAttemptsAreLimitedPerClientAddressBeforeAnyPasswordIsChecked() {
        String someone = Journey.uniqueEmail();
        for (int i = 0; i < 3; i++) {
            assertThat(journey.getAs("/api/me", someone, "Wrong-" + i).getStatusCode().value()).isEqualTo(401);
        }

        assertThat(journey.getAs("/api/me", someone, "Wrong-3").getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void supportTicketsAreLimited() {
        Map<String, Object> ticket = Map.of("loginEmail", Journey.uniqueEmail(), "category", "OTHER", "message", "Bonjour");
        journey.post("/api/support-tickets", ticket);

        assertThat(journey.post("/api/support-tickets", ticket).getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void registrationsAreLimitedTheSameWayWhetherOrNotTheAddressExists() {
        String email = Journey.uniqueEmail();
        assertThat(journey.post("/api/accounts", Journey.registration(email)).getStatusCode().value()).isEqualTo(202);
        assertThat(journey.post("/api/accounts", Journey.registration(email)).getStatusCode().value()).isEqualTo(202);

        ResponseEntity<Map<String, Object>> limited = journey.post("/api/accounts", Journey.registration(Journey.uniqueEmail()));

        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    /**
     * An hourly limit still holds after ten idle minutes (buckets used to be dropped then), and is
     * fresh once its hour is over. Last in the class: it moves the clock, and buckets follow it.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void anHourlyLimitHoldsUntilItsHourIsOver() {
        Instant start = Instant.now().plus(Duration.ofHours(3));
        ClockUtil.setCurrentTime(Date.from(start));
        for (int i = 0; i < 2; i++) {
            assertThat(journey.post("/api/accounts", Journey.registration(Journey.uniqueEmail())).getStatusCode().value())
                    .isEqualTo(202);
        }

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(11))));
        ResponseEntity<Map<String, Object>> stillLimited = journey.post("/api/accounts", Journey.registration(Journey.uniqueEmail()));
        assertThat(stillLimited.getStatusCode().value()).isEqualTo(429);
        assertThat(Long.parseLong(stillLimited.getHeaders().getFirst("Retry-After"))).isGreaterThan(60);

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(61))));
        assertThat(journey.post("/api/accounts", Journey.registration(Journey.uniqueEmail())).getStatusCode().value())
                .isEqualTo(202);
    }

    /** A page over its limit answers with a page, not with the API's JSON. After the hourly test: later still. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theRegistrationPageOverItsLimitShowsAPageSayingWhenToRetry() {
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(10))));
        ResponseEntity<String> answer = null;
        for (int i = 0; i < 3; i++) {
            answer = postRegistrationPage(Journey.uniqueEmail());
        }

        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(answer.getBody()).contains("Trop de demandes");
    }

    private ResponseEntity<String> postRegistrationPage(String email) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");
        ResponseEntity<String> form = http.exchange("/register", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getBody());
        assertThat(csrf.find()).isTrue();
        headers.add(HttpHeaders.COOKIE, form.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";")[0]).collect(Collectors.joining("; ")));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("_csrf", csrf.group(1));
        fields.add("loginEmail", email);
        fields.add("loginEmailConfirmation", email);
        fields.add("firstName", "Gwenaël");
        fields.add("lastName", "Le Goff");
        fields.add("language", "fr");
        fields.add("termsAccepted", "true");
        return http.exchange("/register", HttpMethod.POST, new HttpEntity<>(fields, headers), String.class);
    }
}
