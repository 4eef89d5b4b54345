package fr.onboarding.mail.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Once SMTP is back, one step for operators (operators only: /api/ops): every mail job that used
 * up its retries gets one more, due now. Mail jobs are those of the tasks that call
 * {@code ${sendMail}} in the deployed diagrams, so a mail an analyst adds is included.
 */
@RestController
class FailedMailsController {

    private static final String SEND_MAIL = "${sendMail}";

    private final ManagementService management;
    private final RepositoryService repository;

    FailedMailsController(ManagementService management, RepositoryService repository) {
        this.management = management;
        this.repository = repository;
    }

    record Retried(int mails) {
    }

    @PostMapping("/api/ops/failed-mails/retries")
    Retried retryAll() {
        Map<String, Set<String>> mailTasksByDefinition = new HashMap<>();
        List<Job> failedMails = management.createJobQuery().noRetriesLeft().list().stream()
                .filter(job -> job.getProcessDefinitionId() != null) // history clean-up and batches are no mails
                .filter(job -> mailTasksOf(job.getProcessDefinitionId(), mailTasksByDefinition).contains(job.getFailedActivityId()))
                .toList();
        if (!failedMails.isEmpty()) {
            management.setJobRetries(1).jobIds(failedMails.stream().map(Job::getId).toList())
                    .dueDate(ClockUtil.getCurrentTime()).execute();
        }
        return new Retried(failedMails.size());
    }

    /** The ids of a deployed diagram's mail tasks: a failed job whose failing activity is one of them is a mail. */
    private Set<String> mailTasksOf(String processDefinitionId, Map<String, Set<String>> cache) {
        return cache.computeIfAbsent(processDefinitionId, definition ->
                repository.getBpmnModelInstance(definition).getModelElementsByType(ServiceTask.class).stream()
                        .filter(task -> SEND_MAIL.equals(task.getCamundaDelegateExpression()))
                        .map(ServiceTask::getId).collect(Collectors.toSet()));
    }
}
