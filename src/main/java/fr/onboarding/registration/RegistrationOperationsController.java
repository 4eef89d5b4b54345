package fr.onboarding.registration;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.onboarding.account.AccountService;
import fr.onboarding.account.ActivationLinkRequests;
import fr.onboarding.shared.InvalidInputException;
import fr.onboarding.shared.PortalSettings;
import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;

/**
 * Operators' view of the registrations that wait for a person (operators only: /api/ops). Each
 * waiting registration is told by its step, its age, its links and its Cockpit address, never by
 * personal data; the look-up by login e-mail reads the application's tables.
 */
@RestController
class RegistrationOperationsController {

    /**
     * The steps where a registration waits for a person: the values of its variable {@code stage},
     * which the BPMN sets on entering each of them.
     */
    private static final Set<String> WAITS = Set.of("ACTIVATION_LINK_VALID", "ACTIVATION_LINK_EXPIRED",
            "AWAITING_SUPPORT_APPROVAL", "AWAITING_MANAGER_APPROVAL");
    private static final String INCIDENT = "INCIDENT";
    private static final List<String> SHOWN_VARIABLES = List.of("stage", "activationLinksSent", "activationLinkExpiresAt",
            "registrationKind", "identifierType");
    private static final int MAX_LISTED = 500;
    /**
     * Fewest unfinished registrations read at once, in start order, to find the waiting ones among
     * them; a page is as large as the list asked for, since most unfinished registrations wait.
     */
    private static final int SMALLEST_PAGE = 100;
    /** Older than any registration can be (they end after 30 days, or a few more when approvals were slow). */
    private static final Duration LONGEST_AGE = Duration.ofDays(3650);

    private final HistoryService history;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AccountService accounts;
    private final ActivationLinkRequests activationLinks;
    private final PortalSettings portal;
    private final Clock clock;

    RegistrationOperationsController(HistoryService history, RuntimeService runtime, ManagementService management,
                                     AccountService accounts, ActivationLinkRequests activationLinks, PortalSettings portal,
                                     Clock clock) {
        this.management = management;
        this.activationLinks = activationLinks;
        this.history = history;
        this.runtime = runtime;
        this.accounts = accounts;
        this.portal = portal;
        this.clock = clock;
    }

    /** A waiting registration as operators see it. */
    record WaitingRegistration(String processInstanceId, String step, Instant startedAt, Duration age,
                               Object activationLinksSent, Object activationLinkExpiresAt, Object registrationKind,
                               Object identifierType, String cockpitUrl) {
    }

    /**
     * Registrations started more than {@code olderThan} ago and still waiting for a person (or
     * stuck on a failed step), oldest first. The unfinished registrations are read in start order,
     * a page at a time, with their variables (their step is {@code stage}): two queries a page,
     * however many registrations wait.
     */
    @GetMapping("/api/ops/stuck-activations")
    List<WaitingRegistration> stuck(@RequestParam(defaultValue = "PT24H") String olderThan,
                                    @RequestParam(defaultValue = "100") int limit) {
        Duration age = duration(olderThan);
        if (limit < 1 || limit > MAX_LISTED) {
            throw InvalidInputException.of("limit", "ops.limit.range");
        }
        Date startedBefore = Date.from(clock.instant().minus(age));
        // Stuck on a step that failed for good (a mail during a long SMTP outage): Cockpit has the incident.
        Set<String> failed = runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationService.PROCESS_KEY)
                .withIncident().listPage(0, MAX_LISTED).stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        List<WaitingRegistration> waiting = new ArrayList<>();
        int pageSize = Math.max(limit, SMALLEST_PAGE);
        for (int first = 0; waiting.size() < limit; first += pageSize) {
            List<HistoricProcessInstance> page = unfinishedRegistrations(startedBefore, first, pageSize);
            waiting.addAll(describe(page, failed).stream()
                    .filter(registration -> registration.step().equals(INCIDENT) || WAITS.contains(registration.step())).toList());
            if (page.size() < pageSize) {
                break;
            }
        }
        return waiting.stream().limit(limit).toList();
    }

    /**
     * A page of the registrations started before that date and not finished, oldest first. A native
     * query, because Camunda's own sorts every unfinished registration on all its columns (for its
     * DISTINCT) before it takes a page.
     */
    private List<HistoricProcessInstance> unfinishedRegistrations(Date startedBefore, int first, int pageSize) {
        return history.createNativeHistoricProcessInstanceQuery()
                .sql("SELECT RES.* FROM " + management.getTableName(HistoricProcessInstance.class) + " RES"
                        + " WHERE RES.PROC_DEF_KEY_ = #{key} AND RES.END_TIME_ IS NULL AND RES.START_TIME_ <= #{startedBefore}"
                        + " ORDER BY RES.START_TIME_ ASC, RES.ID_ ASC")
                .parameter("key", RegistrationService.PROCESS_KEY).parameter("startedBefore", startedBefore)
                .listPage(first, pageSize);
    }

    /** The running registration of a login e-mail, found through the accounts. */
    @GetMapping("/api/ops/registrations")
    WaitingRegistration byLoginEmail(@RequestParam String loginEmail) {
        return accounts.findHolderOf(loginEmail.strip().toLowerCase(Locale.ROOT))
                .map(accountId -> history.createHistoricProcessInstanceQuery().processDefinitionKey(RegistrationService.PROCESS_KEY)
                        .processInstanceBusinessKey(accountId).unfinished().singleResult())
                .map(instance -> describe(List.of(instance), incidentsAmong(instance.getId())).get(0))
                .orElseThrow(() -> new RefusedException(Reason.NOT_FOUND, "ops.registration.unknown"));
    }

    /** Sends a new activation link, as "Mot de passe oublié ?" would; refused when the registration waits for no link. */
    @PostMapping("/api/ops/registrations/{processInstanceId}/activation-links")
    @ApiResponse(responseCode = "202", description = "A new activation link is on its way")
    ResponseEntity<Void> resendActivationLink(@PathVariable String processInstanceId) {
        ProcessInstance registration = runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationService.PROCESS_KEY)
                .processInstanceId(processInstanceId).singleResult();
        if (registration == null) {
            throw new RefusedException(Reason.NOT_FOUND, "ops.registration.unknown");
        }
        if (!activationLinks.request(registration.getBusinessKey())) {
            throw new RefusedException(Reason.NOT_ELIGIBLE, "ops.activationLink.notAwaited");
        }
        return ResponseEntity.accepted().build();
    }

    /**
     * These registrations as operators see them, in their order. Their step is INCIDENT when one of
     * theirs failed for good ({@code failed}), else their {@code stage}, else OTHER (not yet waiting).
     */
    private List<WaitingRegistration> describe(List<HistoricProcessInstance> instances, Set<String> failed) {
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(SHOWN_VARIABLES.toArray(String[]::new)).list().stream()
                .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId,
                        Collectors.toMap(VariableInstance::getName, RegistrationOperationsController::shown, (a, b) -> a)));
        Instant now = clock.instant();
        return instances.stream().map(instance -> {
            Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
            String step = failed.contains(instance.getId()) ? INCIDENT : (String) values.getOrDefault("stage", "OTHER");
            Instant started = instance.getStartTime().toInstant();
            return new WaitingRegistration(instance.getId(), step, started, Duration.between(started, now),
                    values.get("activationLinksSent"), values.get("activationLinkExpiresAt"), values.get("registrationKind"),
                    values.get("identifierType"), portal.publicBaseUrl() + "/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
        }).toList();
    }

    private Set<String> incidentsAmong(String processInstanceId) {
        return runtime.createIncidentQuery().processInstanceId(processInstanceId).count() > 0 ? Set.of(processInstanceId) : Set.of();
    }

    /** A variable as the answer shows it: dates as instants, like {@code startedAt}. */
    private static Object shown(VariableInstance variable) {
        Object value = variable.getValue();
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value == null ? "" : value;
    }

    private static Duration duration(String text) {
        try {
            Duration duration = Duration.parse(text);
            if (!duration.isNegative() && duration.compareTo(LONGEST_AGE) <= 0) {
                return duration;
            }
        } catch (DateTimeParseException | ArithmeticException malformed) {
            // told below, as a field error
        }
        throw InvalidInputException.of("olderThan", "ops.olderThan.format");
    }
}
