package nl.plusteam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.support.Cases;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;
import nl.plusteam.support.TestBeans.AttackCanary;

@PlusTeamTest
class SecurityTests {

  /** An expression that, if the engine evaluated it, would count on the canary. */
  private static final String ATTACK = "${attackCanary.fire()}";
  private static final Map<String, Object> ATTACK_QUERY =
      Map.of("orQueries", List.of(Map.of("assigneeExpression", ATTACK)));

  @LocalServerPort
  int port;
  @Autowired
  AttackCanary canary;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RoleSetup roleSetup;

  private int canaryBefore;

  @BeforeEach
  void rememberCanary() {
    canaryBefore = canary.timesFired();
  }

  @Test
  void anonymousEngineRest_isRefusedWithoutData() {
    Cases.handOff(port, runtimeService);
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/variable-instance",
        "/engine-rest/history/variable-instance", "/engine-rest/deployment", "/engine-rest/user",
        "/engine-rest/engine/default/task", "/engine-rest/process-definition/key/casus/xml")) {
      Http.Response response = Http.anonymous(port).get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.body()).as(path).isEmpty();
    }
  }

  @Test
  void cve_2026_77226_adminSetupCreatesNoUserOnceUsersExist() {
    long users = identityService.createUserQuery().count();
    Map<String, Object> attacker = Map.of(
        "profile", Map.of("id", "aanvaller", "firstName", "A", "lastName", "Aanvaller", "email", "a@example.org"),
        "credentials", Map.of("password", "geheim123"));

    Http.Response response = Http.anonymous(port).postJson("/camunda/api/admin/setup/default/user/create", attacker);

    assertThat(response.status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("aanvaller").count()).isZero();
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void cve_2026_109432_theEngineItselfWouldEvaluateOrQueryExpressions() {
    // Control: without our guard the engine evaluates an expression inside an or-query of an ad-hoc query,
    // although ad-hoc expressions are switched off. This is the vulnerability the HTTP guard closes.
    taskService.createTaskQuery().or().taskAssigneeExpression(ATTACK).endOr().list();
    assertThat(canary.timesFired()).isEqualTo(canaryBefore + 1);
  }

  @Test
  void cve_2026_109432_orQueryExpressionsAreRefusedOnEngineRest() {
    Http generalist = Http.basic(port, "generalist.anna", "generalist.anna");
    String filterId = filterId(TasklistFilters.MY_TASKS);

    assertRefused(generalist.postJson("/engine-rest/task", ATTACK_QUERY));
    assertRefused(generalist.postJson("/engine-rest/task/count", ATTACK_QUERY));
    assertRefused(generalist.get("/engine-rest/task?orQueries=" + java.net.URLEncoder.encode(
        "[{\"assigneeExpression\":\"" + ATTACK + "\"}]", java.nio.charset.StandardCharsets.UTF_8)));
    assertRefused(generalist.postJson("/engine-rest/engine/default/task", ATTACK_QUERY));
    assertRefused(generalist.postJson("/engine-rest/filter/" + filterId + "/list", ATTACK_QUERY));
    assertRefused(generalist.postJson("/engine-rest/filter/" + filterId + "/count", ATTACK_QUERY));
    Http manager = Http.basic(port, "teammanager", "teammanager");
    long filters = filterService.createFilterQuery().count();
    assertRefused(manager.postJson("/engine-rest/filter/create",
        Map.of("resourceType", "Task", "name", "aanval", "query", ATTACK_QUERY)));
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);

    assertThat(canary.timesFired()).as("expression evaluated").isEqualTo(canaryBefore);
  }

  @Test
  void cve_2026_109432_orQueryExpressionsAreRefusedOnTheWebappsApi() {
    Http tasklist = Http.webappSession(port, "generalist.anna", "generalist.anna", "tasklist");
    String filterId = filterId(TasklistFilters.MY_TASKS);

    assertRefused(tasklist.postJson("/camunda/api/engine/engine/default/task", ATTACK_QUERY));
    assertRefused(tasklist.postJson("/camunda/api/engine/engine/default/task/count", ATTACK_QUERY));
    assertRefused(tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filterId + "/list", ATTACK_QUERY));

    assertThat(canary.timesFired()).as("expression evaluated").isEqualTo(canaryBefore);
  }

  @Test
  void orQueriesWithoutExpressions_stillWork() {
    Http tasklist = Http.webappSession(port, "generalist.anna", "generalist.anna", "tasklist");
    Map<String, Object> plain = Map.of("orQueries", List.of(Map.of("assignee", "generalist.anna", "name", "x")));

    assertThat(tasklist.postJson("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=100", plain).status()).isEqualTo(200);
    assertThat(Http.basic(port, "generalist.anna", "generalist.anna").postJson("/engine-rest/task?firstResult=0&maxResults=100", plain).status())
        .isEqualTo(200);
  }

  @Test
  void processOwnerSeesInstancesButNoVariables() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    Http owner = Http.basic(port, "procesbeheerder", "procesbeheerder");

    Http.Response instances = owner.get("/engine-rest/process-instance?firstResult=0&maxResults=100&businessKey=" + pi.getBusinessKey());
    assertThat(instances.status()).isEqualTo(200);
    assertThat(instances.json()).hasSize(1);

    assertThat(owner.get("/engine-rest/process-instance/" + pi.getId() + "/variables").status()).isEqualTo(403);
    assertThat(owner.get("/engine-rest/variable-instance?firstResult=0&maxResults=100&processInstanceIdIn=" + pi.getId()).json()).isEmpty();
    assertThat(owner.get("/engine-rest/history/variable-instance?firstResult=0&maxResults=100&processInstanceId=" + pi.getId()).json()).isEmpty();
    assertThat(owner.get("/engine-rest/history/detail?firstResult=0&maxResults=100&processInstanceId=" + pi.getId()).json()).isEmpty();

    // The team manager's work needs them: same requests, data.
    Http manager = Http.basic(port, "teammanager", "teammanager");
    assertThat(manager.get("/engine-rest/process-instance/" + pi.getId() + "/variables").json()
        .has(CaseProcess.Variables.CASE_REFERENCE)).isTrue();
  }

  @Test
  void administratorManagesUsersAndInstancesButReadsNoVariables() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    Http admin = Http.basic(port, "admin", "admin");

    assertThat(admin.get("/engine-rest/user?firstResult=0&maxResults=100&id=generalist.anna").json()).hasSize(1);
    assertThat(admin.get("/engine-rest/process-instance?firstResult=0&maxResults=100&businessKey=" + pi.getBusinessKey()).json()).hasSize(1);
    assertThat(admin.get("/engine-rest/process-instance/" + pi.getId() + "/variables").status()).isEqualTo(403);
    assertThat(admin.get("/engine-rest/history/variable-instance?firstResult=0&maxResults=100&processInstanceId=" + pi.getId()).json()).isEmpty();
    assertThat(canLogIn("admin", "admin")).isTrue();
  }

  @Test
  void processOwnerMayDeployModels_generalistMayNot() {
    assertThat(Http.basic(port, "procesbeheerder", "procesbeheerder").get("/engine-rest/deployment?firstResult=0&maxResults=100").status())
        .isEqualTo(200);
    assertThat(authorizationService.isUserAuthorized("procesbeheerder", List.of("procesbeheerder"),
        org.camunda.bpm.engine.authorization.Permissions.CREATE,
        org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT)).isTrue();
    assertThat(authorizationService.isUserAuthorized("generalist.anna", List.of("generalist"),
        org.camunda.bpm.engine.authorization.Permissions.CREATE,
        org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT)).isFalse();
  }

  @Test
  void generalistSeesAndWorksOnlyTasksOfTheirOwnCases() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    Task distribute = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Http chris = Http.basic(port, "generalist.chris", "generalist.chris");

    assertThat(chris.get("/engine-rest/task?firstResult=0&maxResults=100&processInstanceId=" + pi.getId()).json()).isEmpty();
    assertThat(chris.postJson("/engine-rest/task/" + distribute.getId() + "/complete", Map.of()).status())
        .isIn(403, 404);

    Http manager = Http.basic(port, "teammanager", "teammanager");
    assertThat(manager.postJson("/engine-rest/task/" + distribute.getId() + "/submit-form", Map.of("variables", Map.of(
        CaseProcess.Variables.LEAD, Map.of("value", "generalist.anna"),
        CaseProcess.Variables.PARTNER, Map.of("value", "generalist.bram")))).status()).isEqualTo(204);

    Task intake = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Http anna = Http.basic(port, "generalist.anna", "generalist.anna");
    assertThat(anna.get("/engine-rest/task?firstResult=0&maxResults=100&processInstanceId=" + pi.getId()).json()).hasSize(1);
    assertThat(anna.get("/engine-rest/task/" + intake.getId() + "/form-variables").json()
        .has(CaseProcess.Variables.CASE_REFERENCE)).isTrue();
    assertThat(anna.get("/engine-rest/task/" + intake.getId() + "/deployed-form").status()).isEqualTo(200);
    assertThat(chris.get("/engine-rest/task?firstResult=0&maxResults=100&processInstanceId=" + pi.getId()).json()).isEmpty();
    assertThat(chris.get("/engine-rest/task/" + intake.getId() + "/form-variables").status()).isIn(403, 404);

    // The duo partner finds the intake in "Taken van mijn groep" and may take it over; others do not see it.
    String groupFilter = filterId(TasklistFilters.GROUP_TASKS);
    Http bram = Http.basic(port, "generalist.bram", "generalist.bram");
    assertThat(bram.get("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=100").json().findValuesAsText("id"))
        .contains(intake.getId());
    assertThat(chris.get("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=100").json().findValuesAsText("id"))
        .doesNotContain(intake.getId());
  }

  @Test
  void casusRetour_isOnlyForTheCmdOfTheHouseholdsMunicipality_andShowsNoOtherCaseData() {
    ProcessInstance pi = Cases.handOff(port, runtimeService, nl.plusteam.support.HandoffJson.valid("waalre"));
    Task distribute = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    taskService.complete(distribute.getId(), Map.of(CaseProcess.Variables.LEAD, "generalist.anna",
        CaseProcess.Variables.PARTNER, "generalist.bram"));
    Task intake = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    taskService.complete(intake.getId(), nl.plusteam.support.Dossiers.submit(nl.plusteam.support.Dossiers.intake(false)));
    Task handback = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(CaseProcess.Elements.RETURN_CASE).singleResult();

    Http waalre = Http.basic(port, "cmd.waalre", "cmd.waalre");
    Http geldropMierlo = Http.basic(port, "cmd.geldropmierlo", "cmd.geldropmierlo");
    String groupFilter = filterId(TasklistFilters.GROUP_TASKS);
    assertThat(waalre.get("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=100").json().findValuesAsText("id"))
        .contains(handback.getId());
    assertThat(waalre.get("/engine-rest/task/" + handback.getId() + "/form-variables?deserializeValues=false").body())
        .contains(nl.plusteam.support.Dossiers.RETURN_REASON);
    assertThat(geldropMierlo.get("/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=100").json().findValuesAsText("id"))
        .doesNotContain(handback.getId());
    assertThat(geldropMierlo.get("/engine-rest/task/" + handback.getId() + "/form-variables").status()).isIn(403, 404);
    assertThat(waalre.get("/engine-rest/process-instance/" + pi.getId() + "/variables").status()).isEqualTo(403);
  }

  @Test
  void webappAccessFollowsTheRoles() {
    assertThat(canLogIn("procesbeheerder", "cockpit")).isTrue();
    assertThat(canLogIn("teammanager", "cockpit")).isTrue();
    assertThat(canLogIn("generalist.anna", "tasklist")).isTrue();
    assertThat(canLogIn("generalist.anna", "cockpit")).isFalse();
    assertThat(canLogIn("cmd.waalre", "cockpit")).isFalse();
    assertThat(canLogIn("procesbeheerder", "tasklist")).isFalse();
  }

  @Test
  void rolesAndFiltersAreCreatedIdempotently() throws Exception {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    roleSetup.run(null);

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    for (Roles.Role role : Roles.ALL) {
      assertThat(identityService.createGroupQuery().groupId(role.groupId()).count()).as(role.groupId()).isOne();
    }
    Http anna = Http.basic(port, "generalist.anna", "generalist.anna");
    assertThat(anna.get("/engine-rest/filter?firstResult=0&maxResults=100").json().findValuesAsText("name"))
        .contains(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS, TasklistFilters.OVERDUE);
    Http cmd = Http.basic(port, "cmd.waalre", "cmd.waalre");
    assertThat(cmd.get("/engine-rest/filter?firstResult=0&maxResults=100").json().findValuesAsText("name"))
        .contains(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS)
        .doesNotContain(TasklistFilters.OVERDUE);
  }

  private boolean canLogIn(String user, String app) {
    try {
      Http.webappSession(port, user, user, app);
      return true;
    } catch (IllegalStateException refused) {
      return false;
    }
  }

  private String filterId(String name) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    return filter.getId();
  }

  private static void assertRefused(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("orQueries");
  }
}
