package nl.plusteam.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters per role. Created once by name (an administrator's later edits in
 * Tasklist are kept); each role group gets read access to the filters its work needs. What a filter
 * shows is still limited by the task grants: a generalist's "Termijn verlopen" lists only their own tasks.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "Mijn taken";
  static final String GROUP_TASKS = "Taken van mijn groep";
  static final String OVERDUE = "Termijn verlopen";
  static final String FOLLOW_UP = "Opvolgen";

  private static final List<String> STAFF = List.of(Roles.GENERALIST, Roles.TEAM_MANAGER, Roles.DIRECTOR);
  private static final List<String> CMD = List.of(Roles.CMD_GELDROP_MIERLO, Roles.CMD_WAALRE);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  void ensureFilters() {
    TaskQuery mine = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
    ensure(MY_TASKS, -10, "Taken die aan mij zijn toegewezen, de vroegste termijn bovenaan", mine,
        concat(STAFF, CMD));

    // Candidate user covers the user's groups and tasks offered to them personally (the duo partner's intake).
    TaskQuery group = taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}")
        .includeAssignedTasks().orderByDueDate().asc();
    ensure(GROUP_TASKS, 0, "Taken voor mijn groep of voor mij als duopartner, ook als een ander ze al oppakte",
        group, concat(STAFF, CMD));

    TaskQuery overdue = taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc();
    ensure(OVERDUE, 10, "Taken waarvan de termijn is verstreken (alleen taken die u mag zien)", overdue, STAFF);

    TaskQuery followUp = taskService.createTaskQuery().followUpBeforeExpression("${now()}").orderByDueDate().asc();
    ensure(FOLLOW_UP, 5, "Taken met een herinnering: de termijn nadert", followUp, STAFF);
  }

  private void ensure(String name, int priority, String description, TaskQuery query, List<String> readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of(
              "priority", priority,
              "description", description,
              "refresh", true,
              "variables", List.of(
                  Map.of("name", "caseReference", "label", "Casus"),
                  Map.of("name", "municipality", "label", "Gemeente"),
                  Map.of("name", "urgency", "label", "Urgentie"))));
      filterService.saveFilter(filter);
    }
    for (String groupId : readers) {
      grantRead(filter.getId(), groupId);
    }
  }

  private void grantRead(String filterId, String groupId) {
    boolean present = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
    if (present) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filterId);
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
