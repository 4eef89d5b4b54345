package fr.onboarding.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
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

    /** Where a registration can wait for a person, and what operators call that step. */
    private static final Map<String, String> WAITS = new LinkedHashMap<>(Map.of(
            "WaitForActivation", "ACTIVATION_LINK_VALID",
            "WaitForNewActivationLinkRequest", "ACTIVATION_LINK_EXPIRED",
            "ApprovePublicStructureAtRegistration", "AWAITING_SUPPORT_APPROVAL",
            "ReviewAttachmentAtRegistration", "AWAITING_MANAGER_APPROVAL"));
    private static final String INCIDENT = "INCIDENT";
    private static final List<String> SHOWN_VARIABLES = List.of("activationLinksSent", "activationLinkExpiresAt", "registrationKind",
            "identifierType");
    private static final int MAX_LISTED = 500;
    /** Unfinished registrations read at once, in start order, to find the waiting ones among them. */
    private static final int PAGE = 500;
    /** Older than any registration can be (they end after 30 days, or a few more when approvals were slow). */
    private static final Duration LONGEST_AGE = Duration.ofDays(3650);

    private final HistoryService history;
    private final RuntimeService runtime;
    private final AccountService accounts;
    private final ActivationLinkRequests activationLinks;
    private final PortalSettings portal;
    private final Clock clock;

    RegistrationOperationsController(HistoryService history, RuntimeService runtime, AccountService accounts,
                                     ActivationLinkRequests activationLinks, PortalSettings portal, Clock clock) {
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
     * a page at a time, and each page's waits found among its ids: the answer costs a few indexed
     * queries per page, however many registrations wait.
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
        for (int first = 0; waiting.size() < limit; first += PAGE) {
            List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(RegistrationService.PROCESS_KEY).unfinished().startedBefore(startedBefore)
                    .orderByProcessInstanceStartTime().asc().listPage(first, PAGE);
            waiting.addAll(describe(page, stepsOf(page, failed)));
            if (page.size() < PAGE) {
                break;
            }
        }
        return waiting.stream().limit(limit).toList();
    }

    /** The step each of these registrations waits at, for those that wait for a person or failed. */
    private Map<String, String> stepsOf(List<HistoricProcessInstance> registrations, Set<String> failed) {
        Map<String, String> steps = new HashMap<>();
        Set<String> ids = registrations.stream().map(HistoricProcessInstance::getId).collect(Collectors.toCollection(HashSet::new));
        ids.stream().filter(failed::contains).forEach(id -> steps.put(id, INCIDENT));
        ids.removeAll(failed);
        for (Map.Entry<String, String> wait : WAITS.entrySet()) {
            if (!ids.isEmpty()) {
                runtime.createProcessInstanceQuery().processInstanceIds(ids).activityIdIn(wait.getKey()).list()
                        .forEach(instance -> steps.put(instance.getId(), wait.getValue()));
            }
        }
        return steps;
    }

    /** The running registration of a login e-mail, found through the accounts. */
    @GetMapping("/api/ops/registrations")
    WaitingRegistration byLoginEmail(@RequestParam String loginEmail) {
        return accounts.findHolderOf(loginEmail.strip().toLowerCase(Locale.ROOT))
                .map(accountId -> history.createHistoricProcessInstanceQuery().processDefinitionKey(RegistrationService.PROCESS_KEY)
                        .processInstanceBusinessKey(accountId).unfinished().singleResult())
                .map(instance -> describe(List.of(instance), Map.of(instance.getId(), stepOf(instance.getId()))).get(0))
                .orElseThrow(() -> new RefusedException(Reason.NOT_FOUND, "ops.registration.unknown"));
    }

    /** Sends a new activation link, as "Mot de passe oublié ?" would; refused when the registration waits for no link. */
    @PostMapping("/api/ops/registrations/{processInstanceId}/activation-links")
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

    /** These registrations, those with a step in {@code steps}, in their order. */
    private List<WaitingRegistration> describe(List<HistoricProcessInstance> instances, Map<String, String> steps) {
        List<HistoricProcessInstance> shown = instances.stream().filter(instance -> steps.containsKey(instance.getId())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(shown.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(SHOWN_VARIABLES.toArray(String[]::new)).list().stream()
                .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId,
                        Collectors.toMap(VariableInstance::getName, RegistrationOperationsController::shown, (a, b) -> a)));
        Instant now = clock.instant();
        return shown.stream().map(instance -> {
            Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
            Instant started = instance.getStartTime().toInstant();
            return new WaitingRegistration(instance.getId(), steps.get(instance.getId()), started, Duration.between(started, now),
                    values.get("activationLinksSent"), values.get("activationLinkExpiresAt"), values.get("registrationKind"),
                    values.get("identifierType"), portal.publicBaseUrl() + "/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
        }).toList();
    }

    /** A variable as the answer shows it: dates as instants, like {@code startedAt}. */
    private static Object shown(VariableInstance variable) {
        Object value = variable.getValue();
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value == null ? "" : value;
    }

    /** The step a registration waits at, INCIDENT when a step failed for good, or OTHER (a step on its way). */
    private String stepOf(String processInstanceId) {
        if (runtime.createIncidentQuery().processInstanceId(processInstanceId).count() > 0) {
            return INCIDENT;
        }
        return runtime.getActiveActivityIds(processInstanceId).stream().filter(WAITS::containsKey).map(WAITS::get)
                .findFirst().orElse("OTHER");
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
