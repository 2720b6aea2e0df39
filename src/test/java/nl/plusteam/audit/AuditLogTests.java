package nl.plusteam.audit;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static nl.plusteam.support.CaseWalk.CHRIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * Who read which dossier and who changed what: reads of case content through Tasklist, the engine REST API and
 * our API are recorded with the reader and the case; completions come from the engine's operation log; the
 * director alone sees both in /api/audit.
 */
@PlusTeamTest
class AuditLogTests {

  private static final String DIRECTOR = "directeur";
  private static final String INTAKE = "Intakegesprek voeren";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  TaskService taskService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  DossierReadRepository reads;

  private CaseWalk walk;
  private ProcessInstance pi;
  private Task intake;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
    pi = walk.handOff();
    walk.distribute(pi, ANNA, BRAM);
    intake = task(CaseProcess.Elements.CONDUCT_INTAKE);
  }

  @AfterEach
  void tearDown() {
    CaseWalk.end();
  }

  @Test
  void annaOpensHerIntakeForm_inTasklistAndThroughEngineRest_bothReadsAreRecordedWithHerAndTheCase() {
    Http tasklist = Http.webappSession(port, ANNA, ANNA, "tasklist");
    assertThat(tasklist.get(engineApi("task/" + intake.getId() + "/form-variables")).status()).isEqualTo(200);
    assertThat(tasklist.get(engineApi("task/" + intake.getId() + "/deployed-form")).status()).isEqualTo(200);
    Http rest = Http.basic(port, ANNA, ANNA);
    assertThat(rest.get("/engine-rest/task/" + intake.getId() + "/form-variables").status()).isEqualTo(200);
    assertThat(rest.get("/engine-rest/task/" + intake.getId() + "/variables").status()).isEqualTo(200);

    List<DossierRead> annas = readsOfTask(ANNA);
    assertThat(annas).extracting(DossierRead::getChannel)
        .containsExactly(ReadChannel.WEBAPPS, ReadChannel.ENGINE_REST, ReadChannel.ENGINE_REST);
    Long caseFileId = walk.caseFileOf(pi).getId();
    for (DossierRead read : annas) {
      assertThat(read.getCaseReference()).isEqualTo(pi.getBusinessKey());
      assertThat(read.getCaseFileId()).isEqualTo(caseFileId);
      assertThat(read.getProcessInstanceId()).isEqualTo(pi.getId());
      assertThat(read.getHttpMethod()).isEqualTo("GET");
      assertThat(read.getReadAt()).isEqualTo(CaseWalk.now().toInstant());
    }
    assertThat(annas.get(0).getResource()).isEqualTo("Formulier van taak '" + INTAKE + "'");
    assertThat(annas.get(0).getPath()).endsWith("/task/" + intake.getId() + "/form-variables");
    assertThat(annas.get(2).getResource()).isEqualTo("Variabelen van taak '" + INTAKE + "'");
  }

  @Test
  void theTeamManagerReadsTheCaseVariables_andAHistoryQuery_recordedPerCase() {
    Http manager = Http.basic(port, "teammanager", "teammanager");
    assertThat(manager.get("/engine-rest/process-instance/" + pi.getId() + "/variables").status()).isEqualTo(200);
    assertThat(manager.get("/engine-rest/history/variable-instance?firstResult=0&maxResults=100&processInstanceId=" + pi.getId()).json()).isNotEmpty();

    List<DossierRead> managers = reads.findByUserIdOrderByIdAsc("teammanager").stream()
        .filter(r -> pi.getBusinessKey().equals(r.getCaseReference())).toList();
    assertThat(managers).extracting(DossierRead::getResource)
        .containsExactly("Casusvariabelen", "Historische variabelen (zoekvraag)");
  }

  @Test
  void refusedReads_leaveNoEntry() {
    long before = reads.count();
    Http chris = Http.basic(port, CHRIS, CHRIS);
    assertThat(chris.get("/engine-rest/task/" + intake.getId() + "/form-variables").status()).isIn(403, 404);
    assertThat(Http.basic(port, "procesbeheerder", "procesbeheerder")
        .get("/engine-rest/process-instance/" + pi.getId() + "/variables").status()).isEqualTo(403);
    assertThat(Http.anonymous(port).get("/engine-rest/task/" + intake.getId() + "/form-variables").status())
        .isEqualTo(401);
    // the engine answers an unknown task with 400
    assertThat(Http.basic(port, ANNA, ANNA).get("/engine-rest/task/no-such-task/form-variables").status())
        .isGreaterThanOrEqualTo(400);
    assertThat(Http.basic(port, ANNA, ANNA).get("/api/audit").status()).isEqualTo(403);

    assertThat(reads.count()).isEqualTo(before);
  }

  @Test
  void completingTheIntake_showsAsAChangeByAnna_forTheDirector() {
    assertThat(walk.submitTaskAs(ANNA, intake.getId(), Dossiers.intake(true)).status()).isEqualTo(204);

    JsonNode page = audit("casus=" + pi.getBusinessKey() + "&soort=wijziging");
    List<JsonNode> completions = entries(page).stream()
        .filter(e -> e.path("operation").asText().equals("Taak afgerond")).toList();
    assertThat(completions).hasSize(1);
    JsonNode completion = completions.get(0);
    assertThat(completion.path("userId").asText()).isEqualTo(ANNA);
    assertThat(completion.path("userName").asText()).isEqualTo("Anna de Vries");
    assertThat(completion.path("caseReference").asText()).isEqualTo(pi.getBusinessKey());
    assertThat(completion.path("what").asText()).isEqualTo("Taak '" + INTAKE + "'");
    assertThat(completion.path("kind").asText()).isEqualTo("wijziging");
    assertThat(entries(page)).allSatisfy(e -> assertThat(e.path("kind").asText()).isEqualTo("wijziging"));
  }

  @Test
  void aCompletionInTasklist_isRecordedWithTheUserToo() {
    walk.holdIntake(pi, true);
    Task draft = task(CaseProcess.Elements.DRAFT_PLAN);
    Http tasklist = Http.webappSession(port, ANNA, ANNA, "tasklist");
    Http.Response submitted = tasklist.postJson(engineApi("task/" + draft.getId() + "/submit-form"),
        Map.of("variables", Map.of("dossier", Map.of("type", "Json",
            "value", Dossiers.plan(Dossiers.today().plusMonths(6)).toString()))));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);

    List<JsonNode> changes = entries(audit("casus=" + pi.getBusinessKey() + "&gebruiker=" + ANNA + "&soort=wijziging"));
    assertThat(changes).extracting(e -> e.path("what").asText() + " / " + e.path("operation").asText())
        .contains("Taak 'Gezinsplan opstellen' / Taak afgerond");
  }

  @Test
  void onlyTheDirectorSeesTheAuditLog() {
    for (String user : List.of("teammanager", ANNA, "procesbeheerder", "admin", "cmd.waalre")) {
      Http.Response refused = Http.basic(port, user, user).get("/api/audit");
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.json().path("detail").asText()).isEqualTo("Alleen de directeur ziet het auditlog.");
    }
    assertThat(Http.anonymous(port).get("/api/audit").status()).isEqualTo(401);
    assertThat(Http.basic(port, DIRECTOR, DIRECTOR).get("/api/audit").status()).isEqualTo(200);
    assertThat(Http.webappSession(port, DIRECTOR, DIRECTOR, "tasklist").get("/api/audit").status()).isEqualTo(200);
  }

  @Test
  void filtersOnCaseUserKindAndPeriod_andPages() {
    Http rest = Http.basic(port, ANNA, ANNA);
    rest.get("/engine-rest/task/" + intake.getId() + "/form-variables");
    rest.get("/engine-rest/task/" + intake.getId() + "/localVariables");
    Http.basic(port, BRAM, BRAM).get("/engine-rest/task/" + intake.getId() + "/form-variables");
    String today = Dossiers.today().toString();
    String casus = "casus=" + pi.getBusinessKey();

    JsonNode annas = audit(casus + "&gebruiker=" + ANNA + "&soort=inzage&van=" + today + "&tot=" + today);
    assertThat(annas.path("total").asLong()).isEqualTo(2);
    assertThat(entries(annas)).allSatisfy(e -> {
      assertThat(e.path("userId").asText()).isEqualTo(ANNA);
      assertThat(e.path("caseReference").asText()).isEqualTo(pi.getBusinessKey());
      assertThat(e.path("kind").asText()).isEqualTo("inzage");
      assertThat(e.path("channel").asText()).isEqualTo("Engine-REST");
    });
    assertThat(audit(casus + "&soort=inzage").path("total").asLong()).isEqualTo(3);
    LocalDate yesterday = Dossiers.today().minusDays(1);
    assertThat(audit(casus + "&tot=" + yesterday).path("total").asLong()).isZero();
    assertThat(audit(casus + "&van=" + Dossiers.today().plusDays(1)).path("total").asLong()).isZero();
    assertThat(audit(casus + "&gebruiker=" + CHRIS).path("total").asLong()).isZero();
    assertThat(audit("casus=PT-1999-000001").path("total").asLong()).isZero();

    JsonNode first = audit(casus + "&soort=inzage&grootte=2");
    JsonNode second = audit(casus + "&soort=inzage&grootte=2&pagina=2");
    assertThat(entries(first)).hasSize(2);
    assertThat(entries(second)).hasSize(1);
    assertThat(first.path("pages").asInt()).isEqualTo(2);
    assertThat(entries(first).get(0).path("userId").asText()).as("newest first").isEqualTo(BRAM);
    assertThat(entries(second).get(0).path("what").asText()).isEqualTo("Formulier van taak '" + INTAKE + "'");
  }

  @Test
  void badFilters_getADutch400() {
    Http director = Http.basic(port, DIRECTOR, DIRECTOR);
    Map<String, String> expected = Map.of(
        "van=2026-13-01", "'van' is geen datum",
        "tot=gisteren", "'tot' is geen datum",
        "van=2026-07-02&tot=2026-07-01", "ligt voor 'van'",
        "soort=alles", "kies inzage, wijziging",
        "casus=12345", "geen casusnummer",
        "grootte=1000", "'grootte' moet een heel getal zijn van 1 tot en met 200",
        "pagina=0", "'pagina' moet een heel getal zijn",
        "pagina=500&grootte=200", "terugbladeren");
    expected.forEach((query, detail) -> {
      Http.Response response = director.get("/api/audit?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.header("content-type")).contains("application/problem+json");
      assertThat(response.json().path("title").asText()).isEqualTo("Ongeldig filter");
      assertThat(response.json().path("detail").asText()).as(query).contains(detail);
    });
  }

  @Test
  void readingTheAuditLog_andCaseStatusInOurApi_isRecordedToo() {
    Http cmd = Http.basic(port, "cmd.waalre", "cmd.waalre");
    Http.Response handoff = cmd.postJson("/api/handoffs", HandoffJson.valid("waalre"),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(handoff.status()).isEqualTo(201);
    String reference = handoff.json().path("caseReference").asText();
    assertThat(cmd.get("/api/handoffs/" + handoff.json().path("id").asText()).status()).isEqualTo(200);

    List<DossierRead> cmdReads = reads.findByUserIdOrderByIdAsc("cmd.waalre").stream()
        .filter(r -> reference.equals(r.getCaseReference())).toList();
    assertThat(cmdReads).hasSize(1);
    assertThat(cmdReads.get(0).getChannel()).isEqualTo(ReadChannel.API);
    assertThat(cmdReads.get(0).getCaseFileId()).isNotNull();

    long before = reads.findByUserIdOrderByIdAsc(DIRECTOR).size();
    assertThat(audit("casus=" + reference).path("total").asLong()).isEqualTo(1);
    List<DossierRead> directors = reads.findByUserIdOrderByIdAsc(DIRECTOR);
    assertThat(directors).hasSize((int) before + 1);
    DossierRead own = directors.get(directors.size() - 1);
    assertThat(own.getResource()).isEqualTo("Auditlog");
    assertThat(own.getPath()).isEqualTo("/api/audit");
    assertThat(own.getCaseReference()).as("the audit answer's cases are not counted as reads of them").isNull();
  }

  private Task task(String elementId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(elementId).singleResult();
  }

  private static String engineApi(String path) {
    return "/camunda/api/engine/engine/default/" + path;
  }

  private List<DossierRead> readsOfTask(String user) {
    return reads.findByUserIdOrderByIdAsc(user).stream().filter(r -> intake.getId().equals(r.getTaskId())).toList();
  }

  private JsonNode audit(String query) {
    Http.Response response = Http.basic(port, DIRECTOR, DIRECTOR).get("/api/audit?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<JsonNode> entries(JsonNode page) {
    List<JsonNode> entries = new ArrayList<>();
    page.path("entries").forEach(entries::add);
    return entries;
  }
}
