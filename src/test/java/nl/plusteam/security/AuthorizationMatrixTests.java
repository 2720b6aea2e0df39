package nl.plusteam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.reporting.process.ReportProcess;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * Issue 7: every role of the handbook ("Who is who", plus anonymous and the administrator) against every way into
 * the application, reading and writing the content of real cases. The expected answer of every cell is written down
 * in {@link #MATRIX}; the test runs every cell and lists every unexpected allow and every unexpected deny.
 *
 * <p>The cases: a Geldrop-Mierlo case in the plan phase (lead Anna, partner Bram), whose open task "Akkoord gezin
 * vastleggen" carries the family plan in the variable {@code dossier}; a Waalre case that did not fit at the intake,
 * whose task "Casus retour" for the CMD of Waalre carries the reason; and a quarterly report of a long-past quarter. Cells that write get a fresh case (or undo what they created), so every
 * cell starts from the same state and other test classes sharing the context see no leftovers.
 */
@PlusTeamTest
class AuthorizationMatrixTests {

  /**
   * A = allowed: the expected 2xx answer WITH the case's data (defined per request in {@link #ways()}).
   * D = denied: 401, 403 or 404, or a 2xx answer WITHOUT the case's data (e.g. a task list without the case's task).
   * Any other answer (400, 409, 500, ...) fails the cell whatever is expected.
   *
   * <p>Columns: anon = no login; cmd-gm = cmd.geldropmierlo, the CMD that handed the case over; cmd-wa = cmd.waalre;
   * anna = generalist.anna, lead of the case; chris = generalist.chris, not on the case; tm = teammanager;
   * dir = directeur; po = procesbeheerder; admin = admin (camunda-admin). "(W)" marks a request that writes.
   * (*) Variable queries count the case's own (instance scope) variables: the ids the engine copies onto a task for
   * its assignee and candidates (TaskListVariablesPlugin) are the task's, read with the task (rows rest.task.*).
   */
  static final String MATRIX = """
      request                          anon cmd-gm cmd-wa anna chris tm  dir po  admin
      # /engine-rest, HTTP Basic (Camunda Modeler, scripts; the same engine API the webapps use)
      rest.task.list                   D    D      D      A    D     A   A   D   A     # the case's task (no variables)
      rest.task.form-variables         D    D      D      A    D     A   A   D   D     # the plan text in 'dossier'
      rest.task.variables              D    D      D      A    D     A   A   D   D     # the plan text in 'dossier'
      rest.handback.task.list          D    D      A      D    D     A   A   D   A     # Waalre case back to its CMD
      rest.handback.form-variables     D    D      A      D    D     A   A   D   D     # the reason: for that CMD only
      rest.instance.list               D    D      D      D    D     A   A   A   A     # the case exists (no variables)
      rest.instance.variables          D    D      D      D    D     A   A   D   D     # caseReference and 'dossier'
      rest.variable-instance           D    D      D      D    D     A   A   D   D     # instance scope (*)
      rest.history.variable-instance   D    D      D      D    D     A   A   D   D
      rest.history.detail              D    D      D      D    D     A   A   D   D
      rest.task.submit-form(W)         D    D      D      A    D     A   D   D   D     # the team manager may take over work
      rest.task.assignee(W)            D    D      D      D    D     A   D   D   D     # assignees work a task, not reassign it
      rest.instance.variable-write(W)  D    D      D      D    D     D   D   D   A     # admin: UPDATE on instances (incidents)
      rest.instance.delete(W)          D    D      D      D    D     D   D   D   A     # only the administrator removes a case
      rest.deployment.create(W)        D    D      D      D    D     D   D   A   A
      rest.filter.create(W)            D    D      D      D    D     A   D   D   A     # filters carry expressions
      rest.authorization.create(W)     D    D      D      D    D     D   D   D   A     # nobody grants themselves rights
      rest.user.list                   D    D      D      D    D     A   A   D   A     # other users than oneself
      # the webapps: which one lets you log in
      login.tasklist                   D    A      A      A    A     A   A   D   A
      login.cockpit                    D    D      D      D    D     A   A   A   A
      login.admin                      D    D      D      D    D     D   D   D   A
      # the webapps' own API with a browser session (Tasklist, Cockpit, Admin)
      web.task.list                    D    D      D      A    D     A   A   D   A
      web.task.form-variables          D    D      D      A    D     A   A   D   D
      web.task.submit-form(W)          D    D      D      A    D     A   D   D   D
      web.variable-instance            D    D      D      D    D     A   A   D   D     # Cockpit's variables tab
      web.history.variable-instance    D    D      D      D    D     A   A   D   D
      web.cockpit.instances            D    D      D      D    D     A   A   A   A     # Cockpit plugin API
      web.filter.create(W)             D    D      D      D    D     A   D   D   A
      web.user.create(W)               D    D      D      D    D     D   D   D   A     # Admin
      web.authorization.create(W)      D    D      D      D    D     D   D   D   A     # Admin
      web.api.kpi                      D    D      D      D    D     A   A   D   D     # the dashboard's way in
      web.api.report-request-no-xrw(W) D    D      D      D    D     D   D   D   D     # CSRF: no X-Requested-With
      # our own API, HTTP Basic
      api.handoff.status.gm            D    A      D      D    D     D   D   D   D     # a CMD sees its own handoffs only
      api.handoff.status.waalre        D    D      A      D    D     D   D   D   D
      api.handoff.create.gm(W)         D    A      D      D    D     D   D   D   D
      api.kpi                          D    D      D      D    D     A   A   D   D
      api.kpi.cases                    D    D      D      D    D     A   A   D   D     # case references behind a figure
      api.reports                      D    D      D      D    D     A   A   D   D
      api.report.print                 D    D      D      D    D     A   A   D   D     # download (HTML)
      api.report.csv                   D    D      D      D    D     A   A   D   D     # download (CSV)
      api.report.request(W)            D    D      D      D    D     A   A   D   D
      api.caseload                     D    D      D      D    D     A   A   D   D
      api.caseload.needs-cover         D    D      D      D    D     A   A   D   D
      api.me                           D    A      A      A    A     A   A   A   A     # only who you are, nothing of cases
      dashboard.page                   A    A      A      A    A     A   A   A   A     # static page without data: public
      """;

  private static final List<Principal> PRINCIPALS = List.of(
      new Principal("anon", null),
      new Principal("cmd-gm", "cmd.geldropmierlo"),
      new Principal("cmd-wa", "cmd.waalre"),
      new Principal("anna", CaseWalk.ANNA),
      new Principal("chris", CaseWalk.CHRIS),
      new Principal("tm", "teammanager"),
      new Principal("dir", "directeur"),
      new Principal("po", "procesbeheerder"),
      new Principal("admin", "admin"));

  /** Quarters long past that no other test reports on: one report to download, one to request in a cell. */
  private static final String REPORTED_QUARTER = "2018-Q2";
  private static final String REQUESTED_QUARTER = "2018-Q3";
  private static final String PROBE_USER = "matrixproef";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  FilterService filterService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  private CaseWalk walk;
  private final Map<String, Http> sessions = new HashMap<>();

  // The cases every reading cell looks at.
  private ProcessInstance gm;
  private String gmTask;
  private long gmHandoff;
  private ProcessInstance waalre;
  private long waalreHandoff;
  private String waalreHandback;
  private long report;
  // Fresh cases for writing cells; a case is replaced once a cell changed it.
  private Fresh planCase;
  private Fresh newCase;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
    gm = consentCase();
    gmTask = consentTask(gm);
    gmHandoff = walk.caseFileOf(gm).getHandoffId();
    waalre = walk.handOff(HandoffJson.valid("waalre"));
    waalreHandoff = walk.caseFileOf(waalre).getHandoffId();
    walk.distribute(waalre, CaseWalk.ANNA, CaseWalk.BRAM);
    walk.holdIntake(waalre, false);
    waalreHandback = taskService.createTaskQuery().processInstanceId(waalre.getId())
        .taskDefinitionKey(CaseProcess.Elements.RETURN_CASE).singleResult().getId();
    Http.Response created = Http.basic(port, "directeur", "directeur")
        .postJson("/api/rapportages", Map.of("kwartaal", REPORTED_QUARTER));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    report = created.json().path("id").asLong();
    planCase = new Fresh(this::consentCase);
    newCase = new Fresh(walk::handOff);
  }

  @AfterEach
  void tearDown() {
    for (String quarter : List.of(REPORTED_QUARTER, REQUESTED_QUARTER)) {
      deleteReport(quarter);
    }
    CaseWalk.end();
  }

  @Test
  void everyRoleThroughEveryWayIn_isAllowedOrDeniedExactlyAsWrittenDown() {
    Map<String, Map<String, Boolean>> expected = parse(MATRIX);
    Map<String, Way> ways = ways();
    assertThat(expected.keySet()).as("requests in the table = requests the test knows")
        .containsExactlyInAnyOrderElementsOf(ways.keySet());

    List<String> unexpected = new ArrayList<>();
    StringBuilder measured = new StringBuilder(String.format("%-34s", "measured (status, + = with the case's data)"));
    PRINCIPALS.forEach(who -> measured.append(String.format(" %-7s", who.column())));
    int cells = 0;
    int allowed = 0;
    for (Map.Entry<String, Map<String, Boolean>> row : expected.entrySet()) {
      Way way = ways.get(row.getKey());
      measured.append(String.format("%n%-34s", row.getKey()));
      for (Principal who : PRINCIPALS) {
        boolean allow = row.getValue().get(who.column());
        Outcome outcome = way.call(who);
        measured.append(String.format(" %-7s", outcome.status() + (outcome.withData() ? "+" : "")));
        cells++;
        allowed += outcome.allowed() ? 1 : 0;
        if (!outcome.allowed() && !outcome.denied()) {
          unexpected.add("UNCLEAR ANSWER      " + describe(who, row.getKey(), outcome));
        } else if (outcome.allowed() && !allow) {
          unexpected.add("UNEXPECTED ALLOW    " + describe(who, row.getKey(), outcome));
        } else if (outcome.denied() && allow) {
          unexpected.add("UNEXPECTED DENY     " + describe(who, row.getKey(), outcome));
        }
      }
    }
    System.out.printf("Authorization matrix: %d cells (%d requests x %d principals), %d allowed, %d unexpected%n",
        cells, expected.size(), PRINCIPALS.size(), allowed, unexpected.size());
    System.out.println(measured);
    unexpected.forEach(System.out::println);

    assertThat(cells).isEqualTo(expected.size() * PRINCIPALS.size());
    assertThat(unexpected).as("cells that differ from the matrix").isEmpty();
  }

  /** Every request of the matrix, with what counts as "the case's data" in its answer. */
  private Map<String, Way> ways() {
    Map<String, Way> ways = new LinkedHashMap<>();
    String pi = gm.getId();
    String reference = gm.getBusinessKey();
    Predicate<Http.Response> hasReference = r -> r.body().contains(reference);
    Predicate<Http.Response> hasPlan = r -> r.body().contains(Dossiers.PROBLEM_STATEMENT);
    Predicate<Http.Response> hasTask = r -> r.body().contains(gmTask);
    // A variable of the case itself, not the ids the engine copies onto each task for its own assignee and
    // candidates (TaskListVariablesPlugin): those are the task's, read with the task.
    Predicate<Http.Response> hasInstanceVariable = r -> StreamSupport.stream(r.json().spliterator(), false)
        .anyMatch(v -> pi.equals(v.path("processInstanceId").asText())
            && (v.path("taskId").isNull() || v.path("taskId").isMissingNode()));

    // /engine-rest
    ways.put("rest.handback.task.list", who -> outcome(basic(who)
        .get("/engine-rest/task?firstResult=0&maxResults=100&processInstanceId=" + waalre.getId()), r -> r.body().contains(waalreHandback)));
    ways.put("rest.handback.form-variables", who -> outcome(basic(who)
        .get("/engine-rest/task/" + waalreHandback + "/form-variables?deserializeValues=false"),
        r -> r.body().contains(Dossiers.RETURN_REASON)));
    ways.put("rest.task.list", who -> outcome(basic(who).get("/engine-rest/task?firstResult=0&maxResults=100&processInstanceId=" + pi), hasTask));
    ways.put("rest.task.form-variables", who -> outcome(basic(who)
        .get("/engine-rest/task/" + gmTask + "/form-variables?deserializeValues=false"), hasPlan));
    ways.put("rest.task.variables", who -> outcome(basic(who)
        .get("/engine-rest/task/" + gmTask + "/variables?deserializeValues=false"), hasPlan));
    ways.put("rest.instance.list", who -> outcome(basic(who)
        .get("/engine-rest/process-instance?firstResult=0&maxResults=100&businessKey=" + reference), r -> r.body().contains(pi)));
    ways.put("rest.instance.variables", who -> outcome(basic(who)
        .get("/engine-rest/process-instance/" + pi + "/variables?deserializeValues=false"), hasReference));
    ways.put("rest.variable-instance", who -> outcome(basic(who)
        .get("/engine-rest/variable-instance?firstResult=0&maxResults=100&deserializeValues=false&processInstanceIdIn=" + pi), hasInstanceVariable));
    ways.put("rest.history.variable-instance", who -> outcome(basic(who)
        .get("/engine-rest/history/variable-instance?firstResult=0&maxResults=100&deserializeValues=false&processInstanceId=" + pi), hasInstanceVariable));
    ways.put("rest.history.detail", who -> outcome(basic(who)
        .get("/engine-rest/history/detail?firstResult=0&maxResults=100&deserializeValues=false&processInstanceId=" + pi), hasInstanceVariable));
    ways.put("rest.task.submit-form(W)", who -> submitConsent(who, basic(who), "/engine-rest"));
    ways.put("rest.task.assignee(W)", who -> {
      String task = consentTask(planCase.take());
      Http.Response response = basic(who).postJson("/engine-rest/task/" + task + "/assignee",
          Map.of("userId", CaseWalk.BRAM));
      return planCase.after(outcome(response,
          r -> CaseWalk.BRAM.equals(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())));
    });
    ways.put("rest.instance.variable-write(W)", who -> {
      String instance = newCase.take().getId();
      Http.Response response = basic(who).putJson("/engine-rest/process-instance/" + instance + "/variables/"
          + CaseProcess.Variables.URGENCY, Map.of("type", "String", "value", "spoed"));
      return newCase.after(outcome(response,
          r -> "spoed".equals(runtimeService.getVariable(instance, CaseProcess.Variables.URGENCY))));
    });
    ways.put("rest.instance.delete(W)", who -> {
      String instance = newCase.take().getId();
      Http.Response response = basic(who).delete("/engine-rest/process-instance/" + instance);
      return newCase.after(outcome(response,
          r -> runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() == 0));
    });
    ways.put("rest.deployment.create(W)", this::deploy);
    ways.put("rest.filter.create(W)", who -> createFilter(basic(who), "/engine-rest"));
    ways.put("rest.authorization.create(W)", who -> createAuthorization(who, basic(who), "/engine-rest"));
    ways.put("rest.user.list", who -> outcome(basic(who).get("/engine-rest/user?firstResult=0&maxResults=100"),
        r -> r.body().contains("\"" + CaseWalk.BRAM + "\"")));

    // the webapps
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      ways.put("login." + app, who -> logIn(who, app));
    }
    String engineApi = "/camunda/api/engine/engine/default";
    ways.put("web.task.list", who -> outcome(session(who).get(engineApi + "/task?firstResult=0&maxResults=100&processInstanceId=" + pi), hasTask));
    ways.put("web.task.form-variables", who -> outcome(session(who)
        .get(engineApi + "/task/" + gmTask + "/form-variables?deserializeValues=false"), hasPlan));
    ways.put("web.task.submit-form(W)", who -> submitConsent(who, session(who), engineApi));
    ways.put("web.variable-instance", who -> outcome(session(who).postJson(engineApi
        + "/variable-instance?firstResult=0&maxResults=100&deserializeValues=false", Map.of("processInstanceIdIn", List.of(pi))), hasInstanceVariable));
    ways.put("web.history.variable-instance", who -> outcome(session(who).postJson(engineApi
        + "/history/variable-instance?firstResult=0&maxResults=100&deserializeValues=false", Map.of("processInstanceId", pi)), hasInstanceVariable));
    ways.put("web.cockpit.instances", who -> outcome(session(who).postJson(
        "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=100",
        Map.of("processDefinitionId", gm.getProcessDefinitionId(), "businessKey", reference)), r -> r.body().contains(pi)));
    ways.put("web.filter.create(W)", who -> createFilter(session(who), engineApi));
    ways.put("web.user.create(W)", this::createUser);
    ways.put("web.authorization.create(W)", who -> createAuthorization(who, session(who), engineApi));
    ways.put("web.api.kpi", who -> outcome(session(who).get("/api/kpi"), r -> r.json().has("kpis")));
    ways.put("web.api.report-request-no-xrw(W)", who -> requestReport(session(who)));

    // /api/**
    ways.put("api.handoff.status.gm", who -> outcome(basic(who).get("/api/handoffs/" + gmHandoff), hasReference));
    ways.put("api.handoff.status.waalre", who -> outcome(basic(who).get("/api/handoffs/" + waalreHandoff),
        r -> r.json().path("municipality").asText().equals("waalre")));
    ways.put("api.handoff.create.gm(W)", who -> outcome(basic(who).postJson("/api/handoffs",
        HandoffJson.valid("geldrop-mierlo"), Map.of("Idempotency-Key", UUID.randomUUID().toString())),
        r -> r.json().path("caseReference").asText().startsWith("PT-")));
    ways.put("api.kpi", who -> outcome(basic(who).get("/api/kpi"), r -> r.json().has("kpis")));
    LocalDate today = Dossiers.today();
    ways.put("api.kpi.cases", who -> outcome(basic(who).get("/api/kpi/handoffsReceived/casussen?van=" + today
        + "&tot=" + today), hasReference));
    ways.put("api.reports", who -> outcome(basic(who).get("/api/rapportages"), r -> r.body().contains(REPORTED_QUARTER)));
    ways.put("api.report.print", who -> outcome(basic(who).get("/api/rapportages/" + report + "/afdruk", "text/html"),
        r -> r.body().contains("2e kwartaal 2018")));
    ways.put("api.report.csv", who -> outcome(basic(who).get("/api/rapportages/" + report + "/cijfers.csv", "text/csv"),
        r -> String.valueOf(r.header("content-type")).startsWith("text/csv") && r.body().contains(";")));
    ways.put("api.report.request(W)", who -> requestReport(basic(who)));
    ways.put("api.caseload", who -> outcome(basic(who).get("/api/caseload"), r -> r.body().contains(CaseWalk.ANNA)));
    ways.put("api.caseload.needs-cover", who -> outcome(basic(who).get("/api/caseload/needs-cover"),
        r -> r.json().isArray()));
    ways.put("api.me", who -> outcome(basic(who).get("/api/ik"),
        r -> r.json().path("userId").asText().equals(who.userId())));
    ways.put("dashboard.page", who -> outcome(basic(who).get("/dashboard/", "text/html"),
        r -> r.body().toLowerCase().contains("<html")));
    return ways;
  }

  // ---- writing cells: each starts from the same state and leaves nothing behind that changes the next cell

  private Outcome submitConsent(Principal who, Http http, String engineApi) {
    String task = consentTask(planCase.take());
    Http.Response response = http.postJson(engineApi + "/task/" + task + "/submit-form", Map.of("variables",
        Map.of("dossier", Map.of("type", "Json", "value", Dossiers.consent(true).toString()))));
    return planCase.after(outcome(response, r -> taskService.createTaskQuery().taskId(task).count() == 0));
  }

  private Outcome deploy(Principal who) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_matrixProbe"
            targetNamespace="http://plusteam.nl/test">
          <bpmn:process id="matrixProbe" name="Matrixproef" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="startEvent_probe" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    Http.Response response = basic(who).postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", "matrixproef"), "matrix-probe.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));
    Outcome outcome = outcome(response, r -> r.json().path("id").isTextual());
    repositoryService.createDeploymentQuery().deploymentName("matrixproef").list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    return outcome;
  }

  private Outcome createFilter(Http http, String engineApi) {
    Http.Response response = http.postJson(engineApi + "/filter/create",
        Map.of("resourceType", "Task", "name", "Matrixproef", "query", Map.of(), "properties", Map.of()));
    Outcome outcome = outcome(response, r -> r.json().path("id").isTextual());
    filterService.createFilterQuery().filterName("Matrixproef").list()
        .forEach(filter -> filterService.deleteFilter(filter.getId()));
    return outcome;
  }

  private Outcome createAuthorization(Principal who, Http http, String engineApi) {
    // A grant to read every task and its variables, for the caller (or, anonymously, for a generalist).
    String grantee = who.userId() == null ? CaseWalk.CHRIS : who.userId();
    Http.Response response = http.postJson(engineApi + "/authorization/create", Map.of("type", 1,
        "permissions", List.of("READ", "READ_VARIABLE"), "userId", grantee, "resourceType", 7, "resourceId", "*"));
    Outcome outcome = outcome(response, r -> r.json().path("id").isTextual());
    authorizationService.createAuthorizationQuery().userIdIn(grantee)
        .resourceType(Resources.TASK).resourceId("*").list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    return outcome;
  }

  private Outcome createUser(Principal who) {
    Http.Response response = session(who).postJson("/camunda/api/engine/engine/default/user/create", Map.of(
        "profile", Map.of("id", PROBE_USER, "firstName", "Matrix", "lastName", "Proef", "email", "m.proef@example.org"),
        "credentials", Map.of("password", "Matrix-Proef-2026!")));
    Outcome outcome = outcome(response, r -> identityService.createUserQuery().userId(PROBE_USER).count() == 1);
    identityService.deleteUser(PROBE_USER);
    return outcome;
  }

  private Outcome requestReport(Http http) {
    Http.Response response = http.postJson("/api/rapportages", Map.of("kwartaal", REQUESTED_QUARTER));
    Outcome outcome = outcome(response, r -> r.json().path("quarter").asText().equals(REQUESTED_QUARTER));
    deleteReport(REQUESTED_QUARTER);
    return outcome;
  }

  private void deleteReport(String quarter) {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcess.KEY)
        .processInstanceBusinessKey(ReportProcess.KEY + "-" + quarter).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "matrixtest voorbij"));
    jdbc.update("delete from report_interpretation where report_id in "
        + "(select id from quarterly_report where quarter_key = ?)", quarter);
    jdbc.update("delete from quarterly_report where quarter_key = ?", quarter);
  }

  // ---- logging in to the webapps

  private Outcome logIn(Principal who, String app) {
    if (who.userId() == null) {
      // No login at all: the webapps know nobody and authorize no application.
      return outcome(Http.anonymous(port).get("/camunda/api/admin/auth/user/default"),
          r -> r.json().path("authorizedApps").toString().contains(app));
    }
    try {
      Http.webappSession(port, who.userId(), who.userId(), app);
      return new Outcome(200, true, "logged in to " + app);
    } catch (IllegalStateException refused) {
      Matcher status = Pattern.compile("login failed: (\\d{3})").matcher(String.valueOf(refused.getMessage()));
      return new Outcome(status.find() ? Integer.parseInt(status.group(1)) : -1, false, refused.getMessage());
    }
  }

  /** A browser session of the principal in the first webapp they may use (any webapp's login serves all). */
  private Http session(Principal who) {
    if (who.userId() == null) {
      return Http.anonymous(port);
    }
    return sessions.computeIfAbsent(who.userId(), user -> {
      for (String app : List.of("tasklist", "cockpit", "admin")) {
        try {
          return Http.webappSession(port, user, user, app);
        } catch (IllegalStateException refused) {
          // try the next webapp
        }
      }
      throw new IllegalStateException(user + " may use no webapp at all");
    });
  }

  private Http basic(Principal who) {
    return who.userId() == null ? Http.anonymous(port) : Http.basic(port, who.userId(), who.userId());
  }

  // ---- the cases

  /** Handed off in Geldrop-Mierlo, distributed to Anna and Bram, intake held, plan drafted: its consent task is open. */
  private ProcessInstance consentCase() {
    ProcessInstance pi = walk.toPlanPhase();
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    return pi;
  }

  private String consentTask(ProcessInstance pi) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(CaseProcess.Elements.RECORD_CONSENT).singleResult();
    assertThat(task).as("consent task of " + pi.getBusinessKey()).isNotNull();
    return task.getId();
  }

  /** A case for writing cells, replaced by a new one as soon as a cell may have changed it. */
  private static final class Fresh {
    private final Supplier<ProcessInstance> factory;
    private ProcessInstance current;

    Fresh(Supplier<ProcessInstance> factory) {
      this.factory = factory;
    }

    ProcessInstance take() {
      if (current == null) {
        current = factory.get();
      }
      return current;
    }

    Outcome after(Outcome outcome) {
      if (!outcome.refused()) {
        current = null;
      }
      return outcome;
    }
  }

  // ---- the matrix

  private static String describe(Principal who, String request, Outcome outcome) {
    String body = outcome.body() == null ? "" : outcome.body().replaceAll("\\s+", " ");
    return String.format("%-8s %-34s -> %d %s", who.column(), request, outcome.status(),
        body.substring(0, Math.min(160, body.length())));
  }

  /** The table: one row per request, one A/D column per principal; '#' starts a comment. */
  static Map<String, Map<String, Boolean>> parse(String matrix) {
    Map<String, Map<String, Boolean>> rows = new LinkedHashMap<>();
    List<String> columns = null;
    for (String line : matrix.lines().toList()) {
      String content = line.replaceAll("#.*", "").trim();
      if (content.isEmpty()) {
        continue;
      }
      List<String> cells = List.of(content.split("\\s+"));
      if (columns == null) {
        columns = cells.subList(1, cells.size());
        assertThat(columns).as("principal columns").containsExactlyElementsOf(
            PRINCIPALS.stream().map(Principal::column).toList());
        continue;
      }
      assertThat(cells).as("row " + cells.get(0)).hasSize(columns.size() + 1);
      Map<String, Boolean> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        String cell = cells.get(i + 1);
        assertThat(cell).as(cells.get(0) + " / " + columns.get(i)).isIn("A", "D");
        row.put(columns.get(i), cell.equals("A"));
      }
      assertThat(rows.put(cells.get(0), row)).as("duplicate row " + cells.get(0)).isNull();
    }
    return rows;
  }

  private static Outcome outcome(Http.Response response, Predicate<Http.Response> hasData) {
    boolean success = response.status() >= 200 && response.status() < 300;
    boolean data;
    try {
      data = success && hasData.test(response);
    } catch (RuntimeException unreadable) {
      data = false;
    }
    return new Outcome(response.status(), data, response.body());
  }

  private record Principal(String column, String userId) {}

  private interface Way {
    Outcome call(Principal who);
  }

  /** What one cell answered: allowed = 2xx with the case's data; denied = 401/403/404 or 2xx without it. */
  private record Outcome(int status, boolean withData, String body) {
    boolean allowed() {
      return status >= 200 && status < 300 && withData;
    }

    boolean refused() {
      return status == 401 || status == 403 || status == 404;
    }

    boolean denied() {
      return refused() || (status >= 200 && status < 300 && !withData);
    }
  }
}
