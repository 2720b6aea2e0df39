package nl.plusteam.caseload;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static nl.plusteam.support.CaseWalk.CHRIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.caseload.process.CaseloadTalkProcess;
import nl.plusteam.caseload.process.CaseloadTalkProcess.Elements;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.EngineTables;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * The six-weekly caseload talks (processes/caseloadgesprek.bpmn and caseloadritme.bpmn): a round, each generalist's
 * preparation a week before the talk, the team manager's talk, and agreed actions that act on the running cases.
 */
@PlusTeamTest
class CaseloadTalkScenarioTests {

  static final String TEAM_MANAGER = "teammanager";
  static final String PREPARATION = "Gezin Noord loopt vast op de wachtlijst GGZ; wil de regie overdragen";
  static final String TALK_NOTES = "Regie gaat naar Chris; evaluatie gezin Noord eerder";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  CaseloadTalkRepository talks;
  @Autowired
  CaseloadActionRepository actions;
  @Autowired
  CaseloadService caseloads;
  @Autowired
  DataSource dataSource;

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> rounds = new ArrayList<>();
  private CaseWalk walk;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
  }

  @AfterEach
  void tearDown() {
    // rounds of these tests would otherwise stay in the generalists' task lists of other tests
    rounds.forEach(id -> {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtimeService.deleteProcessInstance(id, "test voorbij");
      }
    });
    CaseWalk.end();
  }

  @Test
  void everySixWeeksARoundStarts_everyGeneralistPreparesAWeekBeforeTheTalk() {
    Job rhythm = managementService.createJobQuery().activityId(CaseloadTalkProcess.RhythmElements.ROUND_DUE)
        .singleResult();
    assertThat(rhythm).as("the rhythm's timer waits from the deployment on").isNotNull();
    List<String> before = roundIds();
    CaseWalk.at(rhythm.getDuedate());
    assertThat(managementService.createJobQuery().jobId(rhythm.getId()).executable().count()).isOne();
    managementService.executeJob(rhythm.getId());

    List<String> started = roundIds();
    started.removeAll(before);
    assertThat(started).hasSize(1);
    rounds.addAll(started);
    ProcessInstance round = runtimeService.createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
    ZonedDateTime talkAt = ZonedDateTime.ofInstant(CaseWalk.now().toInstant(), CaseWalk.AMSTERDAM).plusWeeks(2)
        .withHour(9).withMinute(0).withSecond(0).withNano(0);
    assertThat(round.getBusinessKey()).isEqualTo("caseloadronde-" + talkAt.toLocalDate());
    List<Task> preparations = taskService.createTaskQuery().processInstanceId(round.getId())
        .taskDefinitionKey(Elements.PREPARE).list();
    assertThat(preparations).extracting(Task::getAssignee).containsExactlyInAnyOrder(ANNA, BRAM, CHRIS);
    assertThat(preparations).allSatisfy(task -> assertThat(task.getDueDate())
        .isEqualTo(Date.from(talkAt.minusWeeks(1).toInstant())));
    assertThat((Date) runtimeService.getVariable(round.getId(), CaseloadTalkProcess.Variables.TALK_DATE))
        .isEqualTo(Date.from(talkAt.toInstant()));

    Job next = managementService.createJobQuery().activityId(CaseloadTalkProcess.RhythmElements.ROUND_DUE)
        .singleResult();
    assertThat(next.getDuedate()).as("the next round six weeks later")
        .isAfter(Date.from(ZonedDateTime.ofInstant(rhythm.getDuedate().toInstant(), CaseWalk.AMSTERDAM)
            .plusWeeks(6).minusMinutes(1).toInstant()));
  }

  @Test
  void preparedTalk_teamManagerSeesCasesCaseloadAndPreparation_whichStaysOutOfTheEngine() throws Exception {
    ProcessInstance pi = walk.toPlanPhase();
    String reference = pi.getBusinessKey();
    ProcessInstance round = startRound(Dossiers.today().plusWeeks(2));

    Task preparation = preparationOf(round, ANNA);
    JsonValue rows = (JsonValue) taskService.getVariableLocalTyped(preparation.getId(), CaseloadTalkProcess.Variables.CASE_ROWS);
    assertThat(rows.getValueSerialized()).contains(reference, "Regisseur (1)", CaseStatus.PLANNING.label(),
        "Gezinsplan opstellen: uiterlijk");
    assertThat((String) taskService.getVariableLocal(preparation.getId(), CaseloadTalkProcess.Variables.CASELOAD_SUMMARY))
        .contains("Gewogen caseload **", "van de norm 23");

    ObjectNode prepared = json.createObjectNode().put("preparationNotes", PREPARATION);
    assertThat(walk.submitTaskAs(ANNA, preparation.getId(), prepared).status()).isEqualTo(204);

    Task talk = talkOf(round, ANNA);
    assertThat(talk.getName()).isEqualTo("Caseloadgesprek voeren: Anna de Vries");
    assertThat(talk.getDueDate()).isEqualTo(runtimeService.getVariable(round.getId(), CaseloadTalkProcess.Variables.TALK_DATE));
    assertThat((String) taskService.getVariableLocal(talk.getId(), CaseloadTalkProcess.Variables.PREPARATION_STATUS))
        .startsWith("Voorbereid op");
    assertThat(taskService.getVariable(talk.getId(), "dossier").toString()).contains(PREPARATION);
    CaseloadTalk recorded = talks.findByRoundKeyAndGeneralist(round.getId(), ANNA).orElseThrow();
    assertThat(recorded.getPrepared()).isTrue();
    assertThat(recorded.getPreparationNotes()).isEqualTo(PREPARATION);
    assertThat(recorded.getWeightedCaseload().doubleValue()).isCloseTo(caseloads.detailOf(ANNA).caseload().weighted(), within(0.01));

    ObjectNode held = json.createObjectNode().put("talkNotes", TALK_NOTES);
    held.putObject("action1").put("kind", "afspraak").put("description", "Anna volgt de training meldcode");
    assertThat(walk.submitTaskAs(TEAM_MANAGER, talk.getId(), held).status()).isEqualTo(204);

    recorded = talks.findByRoundKeyAndGeneralist(round.getId(), ANNA).orElseThrow();
    assertThat(recorded.getHeldBy()).isEqualTo(TEAM_MANAGER);
    assertThat(recorded.getTalkNotes()).isEqualTo(TALK_NOTES);
    assertThat(actions.findByTalkIdOrderByPositionAsc(recorded.getId())).extracting(CaseloadAction::getKind)
        .containsExactly(ActionKind.AGREEMENT);
    assertThat(EngineTables.scan(dataSource, List.of(PREPARATION, TALK_NOTES, "training meldcode"))).isEmpty();
  }

  @Test
  void preparationNotInOnTime_theTalkStillComes_markedUnprepared() {
    ProcessInstance round = startRound(Dossiers.today().plusWeeks(2));
    Date deadline = (Date) runtimeService.getVariable(round.getId(), CaseloadTalkProcess.Variables.PREPARATION_DEADLINE);
    CaseWalk.at(CaseWalk.plus(deadline, java.time.Duration.ofMinutes(1)));
    List<Job> late = managementService.createJobQuery().processInstanceId(round.getId())
        .activityId(Elements.PREPARATION_DEADLINE).executable().list();
    assertThat(late).hasSize(3);
    late.forEach(job -> managementService.executeJob(job.getId()));

    Task talk = talkOf(round, ANNA);
    assertThat((String) taskService.getVariableLocal(talk.getId(), CaseloadTalkProcess.Variables.PREPARATION_STATUS))
        .startsWith("⚠ Niet voorbereid");
    assertThat(taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(Elements.PREPARE).count())
        .isZero();
    assertThat(talks.findByRoundKeyAndGeneralist(round.getId(), ANNA).orElseThrow().getPrepared()).isFalse();
    assertThat(round).hasPassed(Elements.RECORD_UNPREPARED).hasNotPassed(Elements.RECORD_PREPARATION);
  }

  @Test
  void talkHandsTheLeadToAnother_openTasksMoveAndTheOldLeadLosesSightOfThem() {
    ProcessInstance pi = walk.toPlanPhase();
    String draft = task(CaseProcess.Elements.DRAFT_PLAN, pi).getId();
    ProcessInstance round = startRound(Dossiers.today().plusWeeks(2));

    ObjectNode held = json.createObjectNode().put("talkNotes", TALK_NOTES);
    held.putObject("action1").put("kind", "regisseur").put("caseReference", pi.getBusinessKey()).put("generalist", CHRIS);
    assertThat(walk.submitTaskAs(TEAM_MANAGER, talkOf(round, ANNA).getId(), held).status()).isEqualTo(204);

    CaseFile caseFile = walk.caseFileOf(pi);
    assertThat(caseFile.getLeadGeneralist()).isEqualTo(CHRIS);
    assertThat(caseFile.getPartnerGeneralist()).isEqualTo(BRAM);
    assertThat(taskService.createTaskQuery().taskId(draft).singleResult().getAssignee()).isEqualTo(CHRIS);
    assertThat(runtimeService.getVariable(pi.getId(), CaseProcess.Variables.LEAD)).isEqualTo(CHRIS);
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(draft)
        .userIdIn(ANNA).count()).as("Anna's task authorization is gone").isZero();
    Http.Response annasView = Http.basic(port, ANNA, ANNA).get("/engine-rest/task?firstResult=0&maxResults=100&processInstanceId=" + pi.getId());
    assertThat(annasView.body()).isEqualTo("[]");
    Http.Response chrisView = Http.basic(port, CHRIS, CHRIS).get("/engine-rest/task?firstResult=0&maxResults=100&processInstanceId=" + pi.getId());
    assertThat(chrisView.body()).contains(draft);
  }

  @Test
  void partnerBecomesLead_theRolesSwap_andTheCandidatesFollow() {
    ProcessInstance pi = walk.toPlanPhase();
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    Task consent = task(CaseProcess.Elements.RECORD_CONSENT, pi);
    ProcessInstance round = startRound(Dossiers.today().plusWeeks(2));

    ObjectNode held = json.createObjectNode().put("talkNotes", TALK_NOTES);
    held.putObject("action1").put("kind", "regisseur").put("caseReference", pi.getBusinessKey()).put("generalist", BRAM);
    assertThat(walk.submitTaskAs(TEAM_MANAGER, talkOf(round, BRAM).getId(), held).status()).isEqualTo(204);

    CaseFile caseFile = walk.caseFileOf(pi);
    assertThat(caseFile.getLeadGeneralist()).isEqualTo(BRAM);
    assertThat(caseFile.getPartnerGeneralist()).isEqualTo(ANNA);
    assertThat(taskService.createTaskQuery().taskId(consent.getId()).singleResult().getAssignee()).isEqualTo(BRAM);
    assertThat(taskService.getIdentityLinksForTask(consent.getId())).filteredOn(link -> "candidate".equals(link.getType()))
        .extracting(IdentityLink::getUserId).containsExactly(ANNA);
  }

  @Test
  void talkBringsTheEvaluationForward_theTimerTheCaseWaitsAtMoves() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    LocalDate agreed = Dossiers.today().plusDays(10);
    ProcessInstance round = startRound(Dossiers.today().plusWeeks(2));

    ObjectNode held = json.createObjectNode().put("talkNotes", TALK_NOTES);
    held.putObject("action1").put("kind", "eerder-evalueren").put("caseReference", pi.getBusinessKey())
        .put("date", agreed.toString());
    assertThat(walk.submitTaskAs(TEAM_MANAGER, talkOf(round, ANNA).getId(), held).status()).isEqualTo(204);

    Date due = Date.from(agreed.atStartOfDay(CaseWalk.AMSTERDAM).toInstant());
    Job interval = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(CaseProcess.Elements.EVALUATION_INTERVAL).singleResult();
    assertThat(interval.getDuedate()).isEqualTo(due);
    CaseWalk.at(CaseWalk.plus(due, java.time.Duration.ofMinutes(-1)));
    assertThat(walk.executableJob(pi.getId(), CaseProcess.Elements.EVALUATION_INTERVAL)).isFalse();
    CaseWalk.at(due);
    assertThat(walk.executableJob(pi.getId(), CaseProcess.Elements.EVALUATION_INTERVAL)).isTrue();
    walk.executeJob(pi, CaseProcess.Elements.EVALUATION_INTERVAL);
    assertThat(pi).isWaitingAt(CaseProcess.Elements.EVALUATE);
  }

  @Test
  void talkAddsAThirdInvolvedGeneralist_andScalesACaseDown() {
    ProcessInstance thirdParty = walk.toSupport(Dossiers.today().plusMonths(6));
    ProcessInstance scaledDown = walk.toSupport(Dossiers.today().plusMonths(6));
    double chrisBefore = caseloads.overview().of(CHRIS).weighted();
    ProcessInstance round = startRound(Dossiers.today().plusWeeks(2));

    ObjectNode held = json.createObjectNode().put("talkNotes", TALK_NOTES);
    held.putObject("action1").put("kind", "derde-betrokkene").put("caseReference", thirdParty.getBusinessKey())
        .put("generalist", CHRIS);
    held.putObject("action2").put("kind", "afschalen").put("caseReference", scaledDown.getBusinessKey())
        .put("scaleDownKind", "waakvlam").put("description", Dossiers.SCALE_DOWN_REASON);
    assertThat(walk.submitTaskAs(TEAM_MANAGER, talkOf(round, ANNA).getId(), held).status()).isEqualTo(204);

    assertThat(caseloads.overview().of(CHRIS).weighted() - chrisBefore).as("a third involved counts 0.25")
        .isCloseTo(0.25, within(1e-9));
    assertThat(walk.caseFileOf(scaledDown).getStatus()).isEqualTo(CaseStatus.MONITORING);
    assertThat(scaledDown).isWaitingAt(CaseProcess.Elements.MONITORING_CHECK_IN_TIMER);
  }

  @Test
  void wrongActions_areRefusedInDutchAllAtOnce_andNothingChanges() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    ProcessInstance round = startRound(Dossiers.today().plusWeeks(2));
    Task talk = talkOf(round, ANNA);
    Date plannedEvaluation = managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(CaseProcess.Elements.EVALUATION_INTERVAL).singleResult().getDuedate();

    ObjectNode held = json.createObjectNode().put("talkNotes", TALK_NOTES);
    held.putObject("action1").put("kind", "duopartner").put("caseReference", pi.getBusinessKey()).put("generalist", CHRIS);
    held.putObject("action2").put("kind", "regisseur").put("caseReference", pi.getBusinessKey());
    held.putObject("action3").put("kind", "eerder-evalueren").put("caseReference", pi.getBusinessKey())
        .put("date", Dossiers.today().plusYears(1).toString());
    held.putObject("action4").put("kind", "regisseur").put("caseReference", "PT-1999-000001").put("generalist", CHRIS);
    Http.Response refused = walk.submitTaskAs(TEAM_MANAGER, talk.getId(), held);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Actie 2: vul de generalist in.", "kies een eerdere datum",
        "Actie 4: casus PT-1999-000001 is geen lopende casus van deze generalist.");
    assertThat(taskService.createTaskQuery().taskId(talk.getId()).count()).as("the talk stays open").isOne();
    assertThat(walk.caseFileOf(pi).getPartnerGeneralist()).as("action 1 was fine, but nothing happened").isEqualTo(BRAM);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(CaseProcess.Elements.EVALUATION_INTERVAL).singleResult().getDuedate()).isEqualTo(plannedEvaluation);
    CaseloadTalk recorded = talks.findByRoundKeyAndGeneralist(round.getId(), ANNA).orElseThrow();
    assertThat(recorded.getHeldOn()).isNull();
    assertThat(actions.findByTalkIdOrderByPositionAsc(recorded.getId())).isEmpty();
  }

  @Test
  void aTalkDateTooSoonToPrepare_isRefused() {
    Http.Response refused = walk.requestCaseloadRound(Dossiers.today().plusDays(3));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Kies een gespreksdatum na", "voorbereiden");
  }

  private ProcessInstance startRound(LocalDate talkDay) {
    Http.Response started = walk.requestCaseloadRound(talkDay);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    try {
      String id = json.readTree(started.body()).path("id").asText();
      rounds.add(id);
      return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> roundIds() {
    return new ArrayList<>(runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseloadTalkProcess.KEY).list()
        .stream().map(ProcessInstance::getId).toList());
  }

  private Task preparationOf(ProcessInstance round, String generalist) {
    return taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(Elements.PREPARE)
        .taskAssignee(generalist).singleResult();
  }

  /** The team manager's talk with the generalist; an open preparation is handed in empty-handed first. */
  private Task talkOf(ProcessInstance round, String generalist) {
    Task preparation = preparationOf(round, generalist);
    if (preparation != null) {
      assertThat(walk.submitTaskAs(generalist, preparation.getId(),
          json.createObjectNode().put("preparationNotes", "Geen bijzonderheden")).status()).isEqualTo(204);
    }
    return taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(Elements.HOLD_TALK).list()
        .stream().filter(task -> generalist.equals(taskService.getVariable(task.getId(), CaseloadTalkProcess.Variables.GENERALIST)))
        .findFirst().orElseThrow();
  }
}
