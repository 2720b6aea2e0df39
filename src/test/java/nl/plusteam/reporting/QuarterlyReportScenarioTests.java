package nl.plusteam.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.reporting.process.ReportProcess;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * The quarterly report (processes/kwartaalrapportage.bpmn): the quarter's figures frozen by the timer or at the
 * director's request, "Duiding toevoegen" for the director, then final, immutable and downloadable.
 */
@PlusTeamTest
class QuarterlyReportScenarioTests {

  static final String DIRECTOR = "directeur";
  /** A quarter no other test has cases in, so every figure is "no data" and no interpretation is required. */
  static final String EMPTY_QUARTER = "2019-Q1";

  @LocalServerPort
  int port;
  @Autowired
  ManagementService managementService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcess.KEY).list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test voorbij"));
    jdbc.update("delete from report_interpretation where report_id in (select id from quarterly_report where quarter_key in (?, ?))",
        EMPTY_QUARTER, "2026-Q4");
    jdbc.update("delete from quarterly_report where quarter_key in (?, ?)", EMPTY_QUARTER, "2026-Q4");
    CaseWalk.end();
  }

  @Test
  void quarterEnds_figuresAreFrozen_directorInterprets_reportIsFinalAndDownloadable() {
    // 07:00 Dutch time: past 06:00 in the server's time zone too (cron timers run in the server's zone)
    CaseWalk.at(ZonedDateTime.of(LocalDate.of(2027, 1, 1), LocalTime.of(7, 0), CaseWalk.AMSTERDAM));
    Job timer = managementService.createJobQuery().activityId(ReportProcess.Elements.QUARTER_ENDED).singleResult();
    managementService.executeJob(timer.getId());

    Task task = taskService.createTaskQuery().processDefinitionKey(ReportProcess.KEY)
        .taskDefinitionKey(ReportProcess.Elements.ADD_INTERPRETATION).singleResult();
    assertThat(task.getName()).isEqualTo("Duiding toevoegen: 4e kwartaal 2026");
    assertThat(task.getDueDate()).isEqualTo(CaseWalk.days(CaseWalk.now(), 14));
    assertThat(taskService.getIdentityLinksForTask(task.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo(DIRECTOR));
    Object rows = taskService.getVariableLocal(task.getId(), ReportProcess.Variables.FIGURE_ROWS);
    assertThat(rows.toString()).contains("Intakes binnen 14 dagen").contains("Evaluaties op tijd");
    // the next quarter's timer: 1 April, 06:00
    Job next = managementService.createJobQuery().activityId(ReportProcess.Elements.QUARTER_ENDED).singleResult();
    assertThat(next.getDuedate()).isEqualTo(java.util.Date.from(ZonedDateTime.of(LocalDate.of(2027, 4, 1),
        LocalTime.of(6, 0), java.time.ZoneId.systemDefault()).toInstant()));

    JsonNode report = report("2026-Q4");
    assertThat(report.path("status").asText()).isEqualTo("WACHT_OP_DUIDING");
    Http director = Http.basic(port, DIRECTOR, DIRECTOR);
    String draft = director.get("/api/rapportages/" + report.path("id").asLong() + "/afdruk", "text/html").body();
    assertThat(draft).contains("CONCEPT").contains("4e kwartaal 2026");

    Map<String, Object> dossier = interpretations("Het kwartaal in het kort.");
    assertThat(submit(task, dossier).status()).isEqualTo(204);
    report = report("2026-Q4");
    assertThat(report.path("status").asText()).isEqualTo("DEFINITIEF");
    assertThat(report.path("finalisedBy").asText()).isEqualTo("Daan Smits (directeur)");
    assertThat(report.path("intact").asBoolean()).isTrue();
    String print = director.get("/api/rapportages/" + report.path("id").asLong() + "/afdruk", "text/html").body();
    assertThat(print).contains("Definitief").contains("Het kwartaal in het kort.").contains("Duiding bij intakeOnTime")
        .doesNotContain("CONCEPT");
  }

  @Test
  void directorRequestsAReportForAnEndedQuarter_onlyOnce_andItBecomesFinalWithTheInterpretation() {
    Http director = Http.basic(port, DIRECTOR, DIRECTOR);
    Http.Response created = director.postJson("/api/rapportages", Map.of("kwartaal", EMPTY_QUARTER));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("statusLabel").asText()).isEqualTo("Wacht op duiding");
    assertThat(director.postJson("/api/rapportages", Map.of("kwartaal", EMPTY_QUARTER)).status()).isEqualTo(409);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcess.KEY).count()).isEqualTo(1);

    Task task = taskService.createTaskQuery().processDefinitionKey(ReportProcess.KEY).singleResult();
    assertThat(task.getName()).isEqualTo("Duiding toevoegen: 1e kwartaal 2019");
    Http.Response noSummary = submit(task, Map.of("intakeOnTime", "Geen aanmeldingen."));
    assertThat(noSummary.status()).isEqualTo(400);
    assertThat(noSummary.body()).contains("samenvatting");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    assertThat(submit(task, Map.of("summary", "Geen casussen in dit kwartaal.")).status()).isEqualTo(204);
    long id = created.json().path("id").asLong();
    Http.Response csv = director.get("/api/rapportages/" + id + "/cijfers.csv", "text/csv");
    assertThat(csv.header("content-disposition")).contains("kwartaalrapportage-2019-Q1.csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFkwartaal;gemeente;kpi;");
    assertThat(lines).hasSize(1 + 3 * Kpi.values().length);
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"2019-Q1\";\"Waalre\";\"handoffsReceived\""));

    // a final report cannot be changed behind the service's back unnoticed
    jdbc.update("update quarterly_report set summary = ? where id = ?", "Achteraf aangepast", id);
    assertThat(director.get("/api/rapportages/" + id).json().path("intact").asBoolean()).isFalse();
    assertThat(director.get("/api/rapportages/" + id + "/afdruk", "text/html").body()).contains("LET OP");
  }

  @Test
  void reportRequests_areRefusedInDutch_forOtherRolesAndQuartersThatHaveNotEnded() {
    Http director = Http.basic(port, DIRECTOR, DIRECTOR);
    Http.Response future = director.postJson("/api/rapportages", Map.of("kwartaal", "2099-Q1"));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().path("detail").asText()).contains("nog niet voorbij");
    assertThat(director.postJson("/api/rapportages", Map.of("kwartaal", "2019-Q5")).json().path("detail").asText())
        .contains("2026-Q3");
    Http.Response generalist = Http.basic(port, "generalist.anna", "generalist.anna")
        .postJson("/api/rapportages", Map.of("kwartaal", EMPTY_QUARTER));
    assertThat(generalist.status()).isEqualTo(403);
    assertThat(Http.basic(port, "procesbeheerder", "procesbeheerder").get("/api/rapportages").status()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/api/rapportages").status()).isEqualTo(401);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportProcess.KEY).count()).isZero();
  }

  @Test
  void theDashboardUsesTheWebappLogin_andChangesNeedItsRequestHeader() {
    Http session = Http.webappSession(port, DIRECTOR, DIRECTOR, "tasklist");
    Http.Response me = session.get("/api/ik");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("name").asText()).isEqualTo("Daan Smits (directeur)");
    assertThat(me.json().path("canSeeDashboard").asBoolean()).isTrue();

    Http.Response forged = session.postJson("/api/rapportages", Map.of("kwartaal", EMPTY_QUARTER));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().path("title").asText()).isEqualTo("Verzoek geweigerd");
    assertThat(session.postJson("/api/rapportages", Map.of("kwartaal", EMPTY_QUARTER),
        Map.of("X-Requested-With", "XMLHttpRequest")).status()).isEqualTo(201);

    Http.Response anonymous = Http.anonymous(port).get("/api/ik");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("www-authenticate")).startsWith("Basic");
    Http.Response fromDashboard = Http.anonymous(port).postJson("/api/ik", Map.of(), Map.of("X-Requested-With", "XMLHttpRequest"));
    assertThat(fromDashboard.status()).isEqualTo(401);
    assertThat(fromDashboard.header("www-authenticate")).as("no browser login dialog over the dashboard").isNull();
  }

  private Http.Response submit(Task task, Map<String, Object> dossier) {
    return Http.basic(port, DIRECTOR, DIRECTOR).postJson("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", Map.of("dossier", Map.of("type", "Json", "value", toJson(dossier)))));
  }

  private static Map<String, Object> interpretations(String summary) {
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("summary", summary);
    for (Kpi kpi : Kpi.values()) {
      dossier.put(kpi.key(), "Duiding bij " + kpi.key());
    }
    return dossier;
  }

  private JsonNode report(String quarter) {
    for (JsonNode report : Http.basic(port, DIRECTOR, DIRECTOR).get("/api/rapportages").json()) {
      if (report.path("quarter").asText().equals(quarter)) {
        return report;
      }
    }
    throw new AssertionError("geen rapportage voor " + quarter);
  }

  private static String toJson(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
