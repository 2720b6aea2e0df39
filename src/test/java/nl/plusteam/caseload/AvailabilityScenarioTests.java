package nl.plusteam.caseload;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static nl.plusteam.support.CaseWalk.CHRIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.caseload.process.AbsenceProcess;
import nl.plusteam.caseload.process.CaseloadTalkProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * New generalists, leavers and long-term sick leave (processes/afwezigheid.bpmn): an absent generalist gets no new
 * cases and no caseload talk, and their cases appear on the team manager's "needs cover" list until handed over.
 */
@PlusTeamTest
class AvailabilityScenarioTests {

  static final String TEAM_MANAGER = "teammanager";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  GeneralistAbsenceRepository absences;

  private final ObjectMapper json = new ObjectMapper();
  private CaseWalk walk;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
  }

  @AfterEach
  void tearDown() {
    // absences would make the generalists unavailable in every other test of this JVM
    absences.deleteAll();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseloadTalkProcess.KEY).list()
        .forEach(round -> runtimeService.deleteProcessInstance(round.getId(), "test voorbij"));
    CaseWalk.end();
  }

  @Test
  void absentGeneralist_getsNoNewCaseAndNoCaseloadTalk_butCanBeChosenAgainAfterwards() throws Exception {
    LocalDate until = Dossiers.today().plusWeeks(4);
    assertThat(reportAbsence(CHRIS, Dossiers.today(), until, "ziek").status()).isEqualTo(200);

    ProcessInstance pi = walk.handOff();
    Task distribute = task(CaseProcess.Elements.DISTRIBUTE, pi);
    String options = ((JsonValue) taskService.getVariableLocalTyped(distribute.getId(),
        CaseProcess.Variables.GENERALIST_OPTIONS)).getValueSerialized();
    assertThat(options).contains("Anna de Vries").doesNotContain("Chris Bakker");
    Http.Response refused = Http.basic(port, TEAM_MANAGER, TEAM_MANAGER).postJson(
        "/engine-rest/task/" + distribute.getId() + "/submit-form", Map.of("variables", Map.of(
            CaseProcess.Variables.LEAD, Map.of("value", ANNA), CaseProcess.Variables.PARTNER, Map.of("value", CHRIS))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Chris Bakker is afwezig (langdurig ziek) tot en met");
    assertThat(walk.caseFileOf(pi).getPartnerGeneralist()).isNull();

    Http.Response round = walk.requestCaseloadRound(Dossiers.today().plusWeeks(2));
    String roundId = json.readTree(round.body()).path("id").asText();
    assertThat(taskService.createTaskQuery().processInstanceId(roundId)
        .taskDefinitionKey(CaseloadTalkProcess.Elements.PREPARE).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder(ANNA, BRAM);

    CaseWalk.at(CaseWalk.days(CaseWalk.now(), 29));
    walk.distribute(pi, ANNA, CHRIS);
    assertThat(walk.caseFileOf(pi).getPartnerGeneralist()).as("back after the absence").isEqualTo(CHRIS);
  }

  @Test
  void absentLeadsCasesNeedCover_untilTheTeamManagerHandsThemOver_withTheirOpenTasks() throws Exception {
    ProcessInstance pi = walk.toPlanPhase();
    String reference = pi.getBusinessKey();
    assertThat(needsCover(TEAM_MANAGER)).doesNotContain(reference);

    Http.Response reported = reportAbsence(ANNA, Dossiers.today(), null, "uit-dienst");
    assertThat(reported.status()).isEqualTo(200);
    String absenceId = json.readTree(reported.body()).path("id").asText();
    Task cover = taskService.createTaskQuery().processInstanceId(absenceId)
        .taskDefinitionKey(AbsenceProcess.Elements.ARRANGE_COVER).singleResult();
    assertThat(cover.getName()).isEqualTo("Vervanging regelen: Anna de Vries");
    assertThat(cover.getDueDate()).as("by the end of the absence's first day, not overdue at once")
        .isEqualTo(java.util.Date.from(Dossiers.today().atTime(17, 0).atZone(CaseWalk.AMSTERDAM).toInstant()));
    assertThat(((JsonValue) taskService.getVariableLocalTyped(cover.getId(), CaseloadTalkProcess.Variables.CASE_ROWS))
        .getValueSerialized()).contains(reference);
    assertThat((String) taskService.getVariableLocal(cover.getId(), "absenceText")).contains("Afwezig vanaf", "uit dienst");
    assertThat(needsCover(TEAM_MANAGER)).contains(reference, "Regisseur", "Anna de Vries");
    assertThat(Http.basic(port, BRAM, BRAM).get("/api/caseload/needs-cover").status()).isEqualTo(403);

    ObjectNode covered = json.createObjectNode().put("coverage", "deels");
    covered.putObject("action1").put("kind", "regisseur").put("caseReference", reference).put("generalist", CHRIS);
    assertThat(walk.submitTaskAs(TEAM_MANAGER, cover.getId(), covered).status()).isEqualTo(204);

    assertThat(walk.caseFileOf(pi).getLeadGeneralist()).isEqualTo(CHRIS);
    assertThat(task(CaseProcess.Elements.DRAFT_PLAN, pi).getAssignee()).isEqualTo(CHRIS);
    assertThat(needsCover(TEAM_MANAGER)).doesNotContain(reference);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(absenceId).singleResult()
        .getEndActivityId()).isEqualTo(AbsenceProcess.Elements.COVER_ARRANGED);
  }

  @Test
  void coverCannotGoToAnotherAbsentGeneralist() throws Exception {
    ProcessInstance pi = walk.toPlanPhase();
    assertThat(reportAbsence(CHRIS, Dossiers.today(), Dossiers.today().plusDays(10), "verlof").status()).isEqualTo(200);
    String absenceId = json.readTree(reportAbsence(ANNA, Dossiers.today(), null, "ziek").body()).path("id").asText();
    Task cover = taskService.createTaskQuery().processInstanceId(absenceId)
        .taskDefinitionKey(AbsenceProcess.Elements.ARRANGE_COVER).singleResult();

    ObjectNode covered = json.createObjectNode().put("coverage", "volledig");
    covered.putObject("action1").put("kind", "regisseur").put("caseReference", pi.getBusinessKey()).put("generalist", CHRIS);
    Http.Response refused = walk.submitTaskAs(TEAM_MANAGER, cover.getId(), covered);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Actie 1: Chris Bakker is afwezig (verlof)");
    assertThat(walk.caseFileOf(pi).getLeadGeneralist()).isEqualTo(ANNA);
  }

  @Test
  void wrongAbsence_isRefusedInDutch_andNothingIsRecorded() {
    long before = absences.count();
    Http.Response backwards = reportAbsence(CHRIS, Dossiers.today(), Dossiers.today().minusDays(1), "verlof");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("De laatste dag ligt vóór de eerste dag.");
    Http.Response unknown = reportAbsence("generalist.zoe", Dossiers.today(), null, "ziek");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("'generalist.zoe' is geen generalist van het PlusTeam; kies uit:",
        "generalist.anna (Anna de Vries)");
    assertThat(Http.basic(port, ANNA, ANNA).postJson("/engine-rest/process-definition/key/" + AbsenceProcess.KEY
        + "/submit-form", Map.of("variables", Map.of())).status()).as("only the team manager records absences")
        .isEqualTo(403);
    assertThat(absences.count()).isEqualTo(before);
  }

  @Test
  void aRepeatedAbsenceIsRefused_andAReturnEndsTheAbsence() {
    assertThat(reportAbsence(CHRIS, Dossiers.today(), null, "ziek").status()).isEqualTo(200);
    Http.Response again = reportAbsence(CHRIS, Dossiers.today(), null, "ziek");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("Chris Bakker is al afwezig vanaf", "Weer beschikbaar vanaf");
    assertThat(absences.findByUserIdOrderByAbsentFromAsc(CHRIS)).hasSize(1);

    ObjectNode back = json.createObjectNode().put("kind", "terug").put("generalist", "Chris")
        .put("absentFrom", Dossiers.today().plusDays(3).toString());
    assertThat(walk.startFormAs(TEAM_MANAGER, AbsenceProcess.KEY, back).status()).isEqualTo(200);
    assertThat(absences.findByUserIdOrderByAbsentFromAsc(CHRIS)).singleElement()
        .satisfies(absence -> assertThat(absence.getAbsentUntil()).isEqualTo(Dossiers.today().plusDays(2)));
    ProcessInstance pi = walk.handOff();
    CaseWalk.at(CaseWalk.days(CaseWalk.now(), 3));
    walk.distribute(pi, CHRIS, BRAM);
    assertThat(walk.caseFileOf(pi).getLeadGeneralist()).isEqualTo(CHRIS);
  }

  @Test
  void futureAbsence_doesNotStopWorkToday() {
    assertThat(reportAbsence(CHRIS, Dossiers.today().plusDays(60), null, "uit-dienst").status()).isEqualTo(200);
    ProcessInstance pi = walk.handOff();
    walk.distribute(pi, CHRIS, BRAM);
    assertThat(walk.caseFileOf(pi).getLeadGeneralist()).isEqualTo(CHRIS);
  }

  private Http.Response reportAbsence(String generalist, LocalDate from, LocalDate until, String reason) {
    ObjectNode absence = json.createObjectNode().put("generalist", generalist).put("absentFrom", from.toString())
        .put("reason", reason);
    if (until != null) {
      absence.put("absentUntil", until.toString());
    }
    return walk.startFormAs(TEAM_MANAGER, AbsenceProcess.KEY, absence);
  }

  private String needsCover(String user) {
    Http.Response response = Http.basic(port, user, user).get("/api/caseload/needs-cover");
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

}
