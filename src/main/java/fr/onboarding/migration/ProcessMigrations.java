package fr.onboarding.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

import fr.onboarding.shared.RefusedException;
import fr.onboarding.shared.RefusedException.Reason;

/**
 * Plans and runs the move of a process's waiting instances from one version to another. The plan
 * maps each activity to the one with the same id in the target version. It deliberately leaves
 * the event triggers alone: a timer keeps its due date (the link's expiry, the 30 days), a message
 * wait its subscription; the links themselves live outside the engine and stay valid. A version
 * with an instance waiting where the plan maps nothing, or with a boundary event the plan cannot
 * carry over (its timer would be lost or restarted), is never moved: that instance would be
 * stranded.
 */
@Service
class ProcessMigrations {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    ProcessMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    /** What moving every version with running instances to {@code toVersion} (null: the latest) would do. */
    MigrationPreview preview(String process, Integer toVersion) {
        ProcessDefinition target = version(process, toVersion);
        List<SourcePreview> sources = repository.createProcessDefinitionQuery().processDefinitionKey(process).list().stream()
                .filter(source -> !source.getId().equals(target.getId()))
                .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
                .map(source -> preview(source, plan(source, target)))
                .filter(source -> source.instances() > 0)
                .toList();
        return new MigrationPreview(process, target.getVersion(), target.getVersionTag(), sources);
    }

    /**
     * Moves the instances of version {@code fromVersion} to {@code toVersion} (null: the latest), as
     * a batch. One at a time: two batches over the same instances would fail each other's jobs.
     */
    synchronized MigrationStarted migrate(String process, int fromVersion, Integer toVersion) {
        if (management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).count() > 0) {
            throw new RefusedException(Reason.ALREADY_EXISTS, "migration.running");
        }
        ProcessDefinition source = version(process, fromVersion);
        ProcessDefinition target = version(process, toVersion);
        if (source.getId().equals(target.getId())) {
            throw new RefusedException(Reason.NOT_ELIGIBLE, "migration.sameVersion");
        }
        MigrationPlan plan = plan(source, target);
        SourcePreview preview = preview(source, plan);
        if (!preview.movable()) {
            throw new RefusedException(Reason.NOT_ELIGIBLE, "migration.strands");
        }
        if (preview.instances() == 0) {
            throw new RefusedException(Reason.NOT_FOUND, "migration.nothingToMove");
        }
        Batch batch = runtime.newMigration(plan)
                .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(source.getId()))
                .executeAsync();
        return new MigrationStarted(batch.getId(), preview.instances(), source.getVersion(), target.getVersion());
    }

    private SourcePreview preview(ProcessDefinition source, MigrationPlan plan) {
        Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                .collect(Collectors.toSet());
        Map<String, Long> waitingAt = management.createActivityStatisticsQuery(source.getId()).list().stream()
                .collect(Collectors.toMap(ActivityStatistics::getId, activity -> (long) activity.getInstances()));
        List<WaitingAt> waiting = new ArrayList<>();
        waitingAt.forEach((activity, count) -> waiting.add(new WaitingAt(activity, count, mapped.contains(activity))));
        waiting.addAll(unmappedEvents(source, waitingAt, mapped));
        waiting.sort(Comparator.comparing(WaitingAt::activityId));
        long instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        return new SourcePreview(source.getVersion(), source.getVersionTag(), instances, waiting,
                waiting.stream().allMatch(WaitingAt::moves), plan.getInstructions().stream()
                .map(instruction -> new Mapping(instruction.getSourceActivityId(), instruction.getTargetActivityId()))
                .sorted(Comparator.comparing(Mapping::from)).toList());
    }

    /**
     * The boundary events without a namesake in the target, on an activity where instances wait
     * (or on a sub-process around one): moved, such an instance would lose that timer or message
     * wait, or start the timer afresh (30 more days before an unactivated account is closed).
     */
    private List<WaitingAt> unmappedEvents(ProcessDefinition source, Map<String, Long> waitingAt, Set<String> mapped) {
        BpmnModelInstance model = repository.getBpmnModelInstance(source.getId());
        Map<String, Long> active = new HashMap<>();
        waitingAt.forEach((activityId, count) -> {
            for (ModelElementInstance element = model.getModelElementById(activityId); element instanceof Activity activity;
                 element = element.getParentElement()) {
                active.merge(activity.getId(), count, Math::max);
            }
        });
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> active.containsKey(event.getAttachedTo().getId()) && !mapped.contains(event.getId()))
                .map(event -> new WaitingAt(event.getId(), active.get(event.getAttachedTo().getId()), false))
                .toList();
    }

    /** Each activity to its namesake in the target, when the engine can move it there; triggers untouched. */
    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    }

    private ProcessDefinition version(String process, Integer version) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(process);
        ProcessDefinition definition = version == null ? query.latestVersion().singleResult()
                : query.processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new RefusedException(Reason.NOT_FOUND, "migration.unknownVersion");
        }
        return definition;
    }

    record MigrationPreview(String process, int targetVersion, String targetVersionTag, List<SourcePreview> sources) {
    }

    /**
     * A version with running instances: where they wait, whether each of those activities moves,
     * and the plan's activity mappings.
     */
    record SourcePreview(int version, String versionTag, long instances, List<WaitingAt> waitingAt, boolean movable,
                         List<Mapping> mappings) {
    }

    record WaitingAt(String activityId, long instances, boolean moves) {
    }

    record Mapping(String from, String to) {
    }

    record MigrationStarted(String batchId, long instances, int fromVersion, int toVersion) {
    }
}
