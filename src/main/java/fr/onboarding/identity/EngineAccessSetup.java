package fr.onboarding.identity;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the webapps, set once at start-up and idempotent: support agents and
 * structure managers work in Tasklist with one shared filter of the tasks offered to their
 * groups; operators watch and retry in Cockpit. Which task a person sees is then decided per
 * task by the engine (candidate groups).
 */
@Component
class EngineAccessSetup extends AbstractProcessEnginePlugin {

    static final String SUPPORT = "support";
    static final String OPERATORS = "operators";

    private final MessageSource messages;
    private IdentityService identity;
    private AuthorizationService authorizations;
    private FilterService filters;
    private TaskService tasks;

    EngineAccessSetup(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        identity = engine.getIdentityService();
        authorizations = engine.getAuthorizationService();
        filters = engine.getFilterService();
        tasks = engine.getTaskService();
        setUp();
    }

    private void setUp() {
        group(SUPPORT, label("identity.group.support"));
        group(OPERATORS, label("identity.group.operators"));
        for (String group : new String[] {SUPPORT, PortalIdentityProvider.PORTAL_MANAGERS}) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        grant(OPERATORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(OPERATORS, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.ALL);
        grant(OPERATORS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.ALL);
        grant(OPERATORS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        grant(OPERATORS, Resources.TASK, Authorization.ANY, Permissions.READ);
        String filterId = tasksFilter();
        grant(SUPPORT, Resources.FILTER, filterId, Permissions.READ);
        grant(PortalIdentityProvider.PORTAL_MANAGERS, Resources.FILTER, filterId, Permissions.READ);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).count() > 0;
        if (!granted) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }

    /** The tasks offered to one of the current user's groups, or assigned to them. */
    private String tasksFilter() {
        String name = label("identity.filter.tasks");
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks())
                .setProperties(Map.of("description", label("identity.filter.tasks.description"),
                        "priority", -10, "refresh", true));
        return filters.saveFilter(filter).getId();
    }

    /** Support, operators and managers work in French in the engine's webapps. */
    private String label(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
