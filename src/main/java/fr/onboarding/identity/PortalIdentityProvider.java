package fr.onboarding.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import fr.onboarding.account.AccountView;
import fr.onboarding.shared.EmailAddresses;
import fr.onboarding.structure.ManagersGroup;

/**
 * The engine's users and groups: its own (the administrator, support agents, operators, kept in
 * its tables as usual) and the portal's active accounts, read from the portal and checked with
 * the portal's password hashing. A portal account belongs to the group of each structure it
 * manages ({@code structure-managers-<id>}) and to {@code portal-managers} if it manages any, so
 * that Tasklist offers it the review tasks of its own structures, and only those.
 */
class PortalIdentityProvider extends DbIdentityServiceProvider {

    static final String PORTAL_MANAGERS = "portal-managers";

    private final PortalDirectory portal;

    PortalIdentityProvider(PortalDirectory portal) {
        this.portal = portal;
    }

    @Override
    public UserEntity findUserById(String userId) {
        UserEntity engineUserFound = engineUser(userId);
        return engineUserFound != null ? engineUserFound
                : portal.activeAccount(userId).map(PortalIdentityProvider::user).orElse(null);
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (engineUser(userId) != null) {
            return portal.engineUserPasswordMatches(userId, password, () -> super.checkPassword(userId, password));
        }
        return portal.passwordMatches(userId, password);
    }

    @Override
    public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
        if (namesNobody(query.getId())) {
            return List.of();
        }
        Optional<AccountView> account = queriedAccount(query);
        return account.isPresent() ? List.of(user(account.get())) : super.findUserByQueryCriteria(query);
    }

    @Override
    public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
        if (namesNobody(query.getId())) {
            return 0;
        }
        return queriedAccount(query).isPresent() ? 1 : super.findUserCountByQueryCriteria(query);
    }

    @Override
    public GroupEntity findGroupById(String groupId) {
        if (groupId != null && groupId.startsWith(ManagersGroup.PREFIX)) {
            String structureId = groupId.substring(ManagersGroup.PREFIX.length());
            return portal.structureName(structureId).map(name -> group(groupId, portal.label("identity.group.structureManagers", name))).orElse(null);
        }
        return super.findGroupById(groupId);
    }

    @Override
    public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
        if (namesNobody(query.getUserId())) {
            return List.of();
        }
        Optional<AccountView> member = portalMember(query);
        if (member.isPresent()) {
            return groupsOf(member.get(), query);
        }
        List<Group> found = new ArrayList<>(super.findGroupByQueryCriteria(query));
        found.addAll(namedManagersGroups(query));
        return found;
    }

    @Override
    public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
        if (namesNobody(query.getUserId())) {
            return 0;
        }
        Optional<AccountView> member = portalMember(query);
        return member.isPresent() ? groupsOf(member.get(), query).size()
                : super.findGroupCountByQueryCriteria(query) + namedManagersGroups(query).size();
    }

    /**
     * The structures' managers groups a query names by id, as Tasklist asks for a task's candidate
     * groups: then it shows their names ("Gestionnaires de ...") rather than their ids.
     */
    private List<Group> namedManagersGroups(DbGroupQueryImpl query) {
        if (query.getUserId() != null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        if (query.getId() != null) {
            ids.add(query.getId());
        }
        if (query.getIds() != null) {
            ids.addAll(Arrays.asList(query.getIds()));
        }
        return ids.stream().filter(id -> id.startsWith(ManagersGroup.PREFIX)).distinct()
                .map(this::findGroupById).filter(Objects::nonNull)
                .filter(group -> matches(group, query)).map(Group.class::cast).toList();
    }

    /** A user query by id that names a portal account (and no engine user). */
    private Optional<AccountView> queriedAccount(DbUserQueryImpl query) {
        if (query.getId() == null || engineUser(query.getId()) != null) {
            return Optional.empty();
        }
        return portal.activeAccount(query.getId());
    }

    private Optional<AccountView> portalMember(DbGroupQueryImpl query) {
        if (query.getUserId() == null || engineUser(query.getUserId()) != null) {
            return Optional.empty();
        }
        return portal.activeAccount(query.getUserId());
    }

    private List<Group> groupsOf(AccountView account, DbGroupQueryImpl query) {
        List<Group> groups = new ArrayList<>();
        List<String> managed = portal.managedStructureIds(account);
        if (!managed.isEmpty()) {
            groups.add(group(PORTAL_MANAGERS, portal.label("identity.group.portalManagers")));
        }
        managed.forEach(structureId -> groups.add(findGroupById(ManagersGroup.of(structureId))));
        return groups.stream().filter(g -> matches(g, query)).toList();
    }

    /** An engine user (administrator, support, operator); a name nobody can have is looked up nowhere. */
    private UserEntity engineUser(String userId) {
        return namesNobody(userId) ? null : super.findUserById(userId);
    }

    /** A user id no one can have (a NUL byte, over 254 characters): the database is not even asked. */
    private static boolean namesNobody(String userId) {
        return userId != null && !EmailAddresses.couldBeLogin(userId);
    }

    private static boolean matches(Group group, DbGroupQueryImpl query) {
        return (query.getId() == null || query.getId().equals(group.getId()))
                && (query.getIds() == null || Arrays.asList(query.getIds()).contains(group.getId()));
    }

    private static UserEntity user(AccountView account) {
        UserEntity user = new UserEntity(account.loginEmail());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEmail(account.contactEmail());
        return user;
    }

    private static GroupEntity group(String id, String name) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType("WORKFLOW");
        return group;
    }
}
