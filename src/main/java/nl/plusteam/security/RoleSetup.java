package nl.plusteam.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

import nl.plusteam.referral.process.ReferralProcess;
import nl.plusteam.safety.process.ReportingCodeProcess;
import nl.plusteam.caseload.process.AbsenceProcess;
import nl.plusteam.caseload.process.CaseloadTalkProcess;
import nl.plusteam.scaling.process.ScaleDownProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the handbook's role groups and their grants at every start, in every profile. Idempotent:
 * existing groups are kept, missing permissions are added, nothing else is touched, so grants an
 * administrator adds in Admin survive a restart.
 *
 * <p>Least privilege per role ("Who is who"): generalists get no blanket task or variable access (they
 * see tasks they are assignee or candidate of, through the engine's per-task grants); the process owner
 * deploys models and sees instances but not their variables; the director reads everything; CMD users
 * only use the handoff API and the Tasklist for tasks addressed to their group. The {@code camunda-admin}
 * group gets every permission except reading variables and working the tasks of cases.
 */
@Component
@Order(0)
class RoleSetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RoleSetup.class);

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  static final String ADMIN_APP = "admin";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TasklistFilters tasklistFilters;

  RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
      TasklistFilters tasklistFilters) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.tasklistFilters = tasklistFilters;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Roles.Role role : Roles.ALL) {
      ensureGroup(role.groupId(), role.name());
    }
    ensureGroup(Roles.ADMIN, "Beheerders (Camunda Admin)");
    int added = 0;
    for (Grant grant : grants()) {
      added += ensure(grant);
    }
    int withdrawn = withdrawTaskWorkFromAdministrators();
    tasklistFilters.ensureFilters();
    LOG.info("Rollen en rechten gecontroleerd: {} groepen, {} rechten toegevoegd, {} ingetrokken", Roles.ALL.size() + 1,
        added, withdrawn);
  }

  /** The grants per role. Read this as the authorization table of the handbook's "Who is who". */
  static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    // Applications (webapps)
    for (String cmd : List.of(Roles.CMD_GELDROP_MIERLO, Roles.CMD_WAALRE)) {
      grants.add(new Grant(cmd, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    }
    grants.add(new Grant(Roles.GENERALIST, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    grants.add(new Grant(Roles.DIRECTOR, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    grants.add(new Grant(Roles.DIRECTOR, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    grants.add(new Grant(Roles.PROCESS_OWNER, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));

    // Process definitions are the handbook itself, not case data: everybody who works may read them.
    for (String group : List.of(Roles.GENERALIST, Roles.CMD_GELDROP_MIERLO, Roles.CMD_WAALRE)) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
    }

    // Generalists record referrals and raise safety signals through start forms in Tasklist.
    for (String key : List.of(ReferralProcess.KEY, ReportingCodeProcess.RAISE_KEY)) {
      grants.add(new Grant(Roles.GENERALIST, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    grants.add(new Grant(Roles.GENERALIST, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));

    // Team manager: distributes cases, decides on escalations, monitors in Cockpit.
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.CREATE));
    // ... scales cases down outside an evaluation, starts a round of caseload talks outside the six-weekly rhythm,
    // and records a generalist's absence, through start forms.
    for (String key : List.of(ScaleDownProcess.KEY, CaseloadTalkProcess.KEY, AbsenceProcess.KEY)) {
      grants.add(new Grant(Roles.TEAM_MANAGER, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    }
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.TASK, ANY,
        TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.READ_VARIABLE));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.DEPLOYMENT, ANY, Permissions.READ));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.FILTER, ANY, Permissions.CREATE));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.USER, ANY, Permissions.READ));
    grants.add(new Grant(Roles.TEAM_MANAGER, Resources.GROUP, ANY, Permissions.READ));

    // Director: sees everything, changes nothing.
    grants.add(new Grant(Roles.DIRECTOR, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE));
    grants.add(new Grant(Roles.DIRECTOR, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
    grants.add(new Grant(Roles.DIRECTOR, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE));
    grants.add(new Grant(Roles.DIRECTOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
    grants.add(new Grant(Roles.DIRECTOR, Resources.DEPLOYMENT, ANY, Permissions.READ));
    grants.add(new Grant(Roles.DIRECTOR, Resources.USER, ANY, Permissions.READ));
    grants.add(new Grant(Roles.DIRECTOR, Resources.GROUP, ANY, Permissions.READ));

    // Process owner: deploys models, sees instances and incidents, never their variables; moves running cases to a
    // new version of their model (the engine checks MIGRATE_INSTANCE on the source and target definition and then
    // migrates without further checks; only synchronous migration, so no batch permission).
    grants.add(new Grant(Roles.PROCESS_OWNER, Resources.DEPLOYMENT, ANY,
        Permissions.CREATE, Permissions.READ, Permissions.DELETE));
    grants.add(new Grant(Roles.PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.UPDATE,
        ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.MIGRATE_INSTANCE));
    grants.add(new Grant(Roles.PROCESS_OWNER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
    grants.add(new Grant(Roles.PROCESS_OWNER, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
    grants.add(new Grant(Roles.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));

    // Administrators manage users, grants, deployments and incidents; they neither read case variables nor work
    // (complete, fill in, reassign) the tasks of cases: completing a task writes the dossier.
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(Roles.ADMIN, resource, ANY, Arrays.stream(
              ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))
          .filter(p -> p.getValue() != Permissions.ALL.getValue() && p.getValue() != Permissions.NONE.getValue())
          .filter(p -> Arrays.asList(p.getTypes()).contains(resource))
          .filter(p -> !(p.getName().startsWith("READ") && p.getName().contains("VARIABLE")))
          .filter(p -> !WORKING_CASE_TASKS.contains(p))
          .toArray(Permission[]::new)));
    }
    return grants;
  }

  /** What lets someone complete, fill in or reassign a task: the work of the team, not of an administrator. */
  static final List<Permission> WORKING_CASE_TASKS = List.of(
      TaskPermissions.UPDATE, TaskPermissions.UPDATE_VARIABLE, TaskPermissions.TASK_ASSIGN, TaskPermissions.TASK_WORK,
      ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE,
      ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.TASK_WORK);

  /**
   * Databases set up before administrators lost the right to work case tasks still hold it: take exactly those
   * permissions back from the {@code camunda-admin} grants on all tasks and all process definitions. Returns the
   * number of grants changed.
   */
  private int withdrawTaskWorkFromAdministrators() {
    int changed = 0;
    for (Resources resource : List.of(Resources.TASK, Resources.PROCESS_DEFINITION)) {
      for (Authorization authorization : authorizationService.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT).groupIdIn(Roles.ADMIN).resourceType(resource).resourceId(ANY).list()) {
        boolean held = false;
        for (Permission permission : WORKING_CASE_TASKS) {
          if (Arrays.asList(permission.getTypes()).contains(resource) && authorization.isPermissionGranted(permission)) {
            authorization.removePermission(permission);
            held = true;
          }
        }
        if (held) {
          authorizationService.saveAuthorization(authorization);
          changed++;
        }
      }
    }
    return changed;
  }

  private void ensureGroup(String groupId, String name) {
    if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(groupId);
    group.setName(name);
    group.setType(Roles.ADMIN.equals(groupId) ? "SYSTEM" : "WORKFLOW");
    identityService.saveGroup(group);
    LOG.info("Groep aangemaakt: {} ({})", groupId, name);
  }

  /** Returns 1 when the grant had to be created or widened, 0 when it was already there. */
  private int ensure(Grant grant) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .list().stream().findFirst().orElse(null);
    if (existing != null && hasAll(existing, grant.permissions())) {
      return 0;
    }
    Authorization authorization = existing != null ? existing : newGrant(grant);
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
    return 1;
  }

  private Authorization newGrant(Grant grant) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.groupId());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }

  private static boolean hasAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}
}
