package nl.plusteam.scaling;

import static nl.plusteam.casefile.process.CaseProcess.Elements.*;
import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.at;
import static nl.plusteam.support.CaseWalk.months;
import static nl.plusteam.support.CaseWalk.now;
import static nl.plusteam.support.CaseWalk.plus;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.scaling.process.ScaleDownProcess;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.EngineTables;
import nl.plusteam.support.Http;
import nl.plusteam.system.process.DossierInput;
import nl.plusteam.support.PlusTeamTest;

/**
 * Handbook step 8, scaling down: from an evaluation or by the team manager, back to the CMD, into monitoring
 * (waakvlam) with check-ins and relapse, or into life-course support with a yearly evaluation. Time is moved
 * on the engine clock.
 */
@PlusTeamTest
class ScalingScenarioTests {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  FormService formService;
  @Autowired
  HistoryService historyService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  ScalingService scaling;
  @Autowired
  DataSource dataSource;

  private CaseWalk walk;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
  }

  @AfterEach
  void tearDown() {
    CaseWalk.end();
  }

  // --- back to the CMD ---------------------------------------------------------------------------------

  @Test
  void evaluationScalesDownToTheCmd_cmdGetsAHandbackWithReasonAndPlanStatus_caseEndsHandedBack() {
    ProcessInstance pi = walk.toEvaluation();
    ObjectNode evaluation = walk.evaluation(pi, "terug-cmd");
    evaluation.put("nextStepReason", Dossiers.SCALE_DOWN_REASON);

    Http.Response response = walk.submitTaskAs(ANNA, task(EVALUATE, pi).getId(), evaluation);

    Assertions.assertThat(response.status()).as(response.body()).isEqualTo(204);
    assertThat(pi).hasPassed(RECORD_EVALUATION).isWaitingAt(HAND_BACK_TO_CMD).hasNotPassed(CLOSE_CASE);
    Task handback = task(HAND_BACK_TO_CMD, pi);
    assertThat(handback).hasCandidateGroup("cmd-geldrop-mierlo");
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossier").toString())
        .contains(Dossiers.SCALE_DOWN_REASON, "Gezinsplan versie 1", Dossiers.GOAL_RESULT, "deels bereikt",
            "Regisseur: Anna de Vries, generalist.anna@demo.plusteam.invalid");
    Long caseFileId = walk.caseFileOf(pi).getId();
    Assertions.assertThat(scaling.of(caseFileId)).singleElement().satisfies(e -> {
      Assertions.assertThat(e.getKind()).isEqualTo(ScaleKind.BACK_TO_CMD);
      Assertions.assertThat(e.getDirection()).isEqualTo(ScaleKind.Direction.DOWN);
      Assertions.assertThat(e.getReason()).isEqualTo(Dossiers.SCALE_DOWN_REASON);
      Assertions.assertThat(e.getDecidedBy()).isEqualTo(ANNA);
      Assertions.assertThat(e.getOccurredOn()).isEqualTo(Dossiers.today());
    });
    Http.Response status = Http.basic(port, "cmd.geldropmierlo", "cmd.geldropmierlo")
        .get("/api/handoffs/" + walk.caseFileOf(pi).getHandoffId());
    Assertions.assertThat(status.json().get("statusLabel").asText()).isEqualTo("Afgeschaald naar het CMD");

    formService.submitTaskForm(handback.getId(), Map.of("handbackAcknowledged", true));
    assertThat(pi).isEnded().hasPassed(CASE_HANDED_BACK);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.HANDED_BACK);
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("dossier").count()).as("dossier never in history").isZero();
  }

  @Test
  void scaleDownWithoutAReason_isRefusedInDutch_andNothingIsRecorded() {
    ProcessInstance pi = walk.toEvaluation();

    Http.Response response = walk.submitTaskAs(ANNA, task(EVALUATE, pi).getId(), walk.evaluation(pi, "waakvlam"));

    Assertions.assertThat(response.status()).isEqualTo(400);
    Assertions.assertThat(response.json().get("message").asText()).contains("Licht toe waarom de casus afschaalt naar: waakvlam");
    assertThat(pi).isWaitingAt(EVALUATE);
    Assertions.assertThat(scaling.of(walk.caseFileOf(pi).getId())).isEmpty();
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.SUPPORT);
  }

  // --- by the team manager ------------------------------------------------------------------------------

  @Test
  void teamManagerScalesDownToMonitoring_outsideAnEvaluation_supportStopsAndMonitoringStarts() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));

    Http.Response response = walk.startFormAs("teammanager", ScaleDownProcess.KEY,
        Dossiers.scaleDown(pi.getBusinessKey(), "waakvlam"));

    Assertions.assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(pi).hasPassed(SCALE_DOWN_BY_TEAM_MANAGER).isWaitingAt(MONITORING_CHECK_IN_TIMER).hasNotPassed(EVALUATE);
    Assertions.assertThat(walk.executableJob(pi.getId(), EVALUATION_INTERVAL)).isFalse();
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.MONITORING);
    Assertions.assertThat(scaling.of(walk.caseFileOf(pi).getId())).singleElement().satisfies(e -> {
      Assertions.assertThat(e.getKind()).isEqualTo(ScaleKind.MONITORING);
      Assertions.assertThat(e.getDecidedBy()).isEqualTo("teammanager");
    });
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ScaleDownProcess.KEY)
        .processInstanceBusinessKey(pi.getBusinessKey()).count()).as("the start form's instance has ended").isZero();
  }

  @Test
  void teamManagerScalesDownWhileAnEvaluationIsOpen_theEvaluationsFormDataLeavesTheEngine() throws Exception {
    ProcessInstance pi = walk.toEvaluation();
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), DossierInput.VARIABLE)).isNotNull();

    Http.Response response = walk.startFormAs("teammanager", ScaleDownProcess.KEY,
        Dossiers.scaleDown(pi.getBusinessKey(), "terug-cmd"));

    Assertions.assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(pi).isWaitingAt(HAND_BACK_TO_CMD).isNotWaitingAt(EVALUATE);
    Assertions.assertThat(scaling.of(walk.caseFileOf(pi).getId())).extracting(ScaleEvent::getKind)
        .containsExactly(ScaleKind.BACK_TO_CMD);
    formService.submitTaskForm(task(HAND_BACK_TO_CMD, pi).getId(), Map.of("handbackAcknowledged", true));
    assertThat(pi).isEnded();
    Assertions.assertThat(EngineTables.scan(dataSource, List.of(Dossiers.GOAL_RESULT + " (uiterlijk")))
        .as("the open evaluation's goals are not left behind").isEmpty();
  }

  @Test
  void teamManagerScaleDown_onlyForCasesInSupport_andOnlyByTheTeamManager() {
    ProcessInstance planning = walk.toPlanPhase();
    Http.Response tooEarly = walk.startFormAs("teammanager", ScaleDownProcess.KEY,
        Dossiers.scaleDown(planning.getBusinessKey(), "terug-cmd"));
    Assertions.assertThat(tooEarly.status()).isEqualTo(400);
    Assertions.assertThat(tooEarly.json().get("message").asText())
        .contains("is nu: Gezinsplan in voorbereiding", "Afschalen kan tijdens de ondersteuning");

    ProcessInstance inSupport = walk.toSupport(Dossiers.today().plusMonths(6));
    Http.Response byGeneralist = walk.startFormAs(ANNA, ScaleDownProcess.KEY,
        Dossiers.scaleDown(inSupport.getBusinessKey(), "terug-cmd"));
    Assertions.assertThat(byGeneralist.status()).isEqualTo(403);

    ObjectNode noTripleL = Dossiers.scaleDown(inSupport.getBusinessKey(), "levensloop");
    noTripleL.put("tripleL", false);
    Http.Response notTripleL = walk.startFormAs("teammanager", ScaleDownProcess.KEY, noTripleL);
    Assertions.assertThat(notTripleL.status()).isEqualTo(400);
    Assertions.assertThat(notTripleL.json().get("message").asText()).contains("Triple L");

    assertThat(inSupport).isWaitingAt(NEXT_EVALUATION);
    Assertions.assertThat(scaling.of(walk.caseFileOf(inSupport).getId())).isEmpty();
    Assertions.assertThat(scaling.of(walk.caseFileOf(planning).getId())).isEmpty();
  }

  // --- monitoring (waakvlam) ----------------------------------------------------------------------------

  @Test
  void monitoring_checkInAfterThreeMonths_familyDoesWell_caseIsClosed() {
    ProcessInstance pi = toMonitoring();
    Date start = now();

    at(plus(months(start, 3), Duration.ofMinutes(-1)));
    Assertions.assertThat(walk.executableJob(pi.getId(), MONITORING_CHECK_IN_TIMER)).isFalse();
    at(months(start, 3));
    walk.executeJob(pi, MONITORING_CHECK_IN_TIMER);
    assertThat(task(MONITORING_CHECK_IN, pi)).isAssignedTo(ANNA);

    formService.submitTaskForm(task(MONITORING_CHECK_IN, pi).getId(), Dossiers.submit(Dossiers.checkIn("afsluiten")));
    assertThat(pi).isWaitingAt(CLOSE_CASE);
    walk.close(pi);

    assertThat(pi).isEnded().hasPassedInOrder(MONITORING_CHECK_IN, RECORD_CHECK_IN, CLOSE_CASE, CASE_CLOSED);
    Long caseFileId = walk.caseFileOf(pi).getId();
    Assertions.assertThat(scaling.checkInsOf(caseFileId)).singleElement()
        .satisfies(c -> Assertions.assertThat(c.getOutcome()).isEqualTo(MonitoringCheckIn.Outcome.CLOSE));
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void monitoring_extendedOnce_thenRelapse_supportResumesOnTheSameDossierWithAPlanReview() throws Exception {
    ProcessInstance pi = toMonitoring();
    long casesBefore = caseFiles.count();
    Long caseFileId = walk.caseFileOf(pi).getId();

    at(months(now(), 3));
    walk.executeJob(pi, MONITORING_CHECK_IN_TIMER);
    formService.submitTaskForm(task(MONITORING_CHECK_IN, pi).getId(), Dossiers.submit(Dossiers.checkIn("verlengen")));
    assertThat(pi).isWaitingAt(MONITORING_CHECK_IN_TIMER);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.MONITORING);

    at(months(now(), 3));
    walk.executeJob(pi, MONITORING_CHECK_IN_TIMER);
    formService.submitTaskForm(task(MONITORING_CHECK_IN, pi).getId(), Dossiers.submit(Dossiers.checkIn("terugval")));

    assertThat(pi).isWaitingAt(DRAFT_PLAN).hasPassed(MONITORING);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossier").toString())
        .as("the plan review starts from the existing plan").contains(Dossiers.PROBLEM_STATEMENT);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.PLANNING);
    Assertions.assertThat(scaling.of(caseFileId)).extracting(ScaleEvent::getKind, ScaleEvent::getDirection)
        .containsExactly(Assertions.tuple(ScaleKind.MONITORING, ScaleKind.Direction.DOWN),
            Assertions.tuple(ScaleKind.RELAPSE, ScaleKind.Direction.UP));
    Assertions.assertThat(scaling.checkInsOf(caseFileId)).extracting(MonitoringCheckIn::getOutcome)
        .containsExactly(MonitoringCheckIn.Outcome.EXTEND, MonitoringCheckIn.Outcome.RELAPSE);

    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, true);
    assertThat(pi).isWaitingAt(NEXT_EVALUATION);
    Assertions.assertThat(walk.caseFileOf(pi).getId()).as("same dossier").isEqualTo(caseFileId);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.SUPPORT);
    Assertions.assertThat(plans.versions(caseFileId)).hasSize(2);
    Assertions.assertThat(caseFiles.count()).as("no new handoff, no new case").isEqualTo(casesBefore);
    Assertions.assertThat(EngineTables.scan(dataSource, List.of(Dossiers.SCALE_DOWN_REASON, Dossiers.CHECK_IN_NOTES)))
        .as("reasons and check-in notes stay in the dossier").isEmpty();
  }

  // --- life-course track --------------------------------------------------------------------------------

  @Test
  void lifeCourseTrack_evaluatesYearlyInsteadOfEveryThreeMonths_andCanMoveBackToRegularSupport() {
    ProcessInstance pi = walk.toEvaluation();
    ObjectNode evaluation = walk.evaluation(pi, "levensloop");
    evaluation.put("nextStepReason", "Triple L: blijvende licht verstandelijke beperking van beide ouders");
    evaluation.put("tripleL", true);
    formService.submitTaskForm(task(EVALUATE, pi).getId(), Dossiers.submit(evaluation));

    assertThat(pi).isWaitingAt(YEARLY_EVALUATION);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.LIFE_COURSE);
    Assertions.assertThat(walk.caseFileOf(pi).isTripleL()).isTrue();
    Date start = now();
    at(months(start, 3));
    Assertions.assertThat(walk.executableJob(pi.getId(), YEARLY_EVALUATION)).as("no evaluation after 3 months").isFalse();
    Assertions.assertThat(walk.executableJob(pi.getId(), EVALUATION_INTERVAL)).isFalse();
    at(plus(months(start, 12), Duration.ofMinutes(-1)));
    Assertions.assertThat(walk.executableJob(pi.getId(), YEARLY_EVALUATION)).isFalse();
    at(months(start, 12));
    walk.executeJob(pi, YEARLY_EVALUATION);
    assertThat(pi).isWaitingAt(EVALUATE);

    ObjectNode stay = walk.evaluation(pi, "levensloop");
    stay.put("nextStepReason", "Blijft Triple L");
    stay.put("tripleL", true);
    formService.submitTaskForm(task(EVALUATE, pi).getId(), Dossiers.submit(stay));
    assertThat(pi).isWaitingAt(YEARLY_EVALUATION);
    at(months(now(), 12));
    walk.executeJob(pi, YEARLY_EVALUATION);
    walk.evaluate(pi, "doorgaan");

    assertThat(pi).isWaitingAt(DRAFT_PLAN);
    Long caseFileId = walk.caseFileOf(pi).getId();
    Assertions.assertThat(scaling.of(caseFileId)).extracting(ScaleEvent::getKind)
        .as("staying in the life-course track is not a new scale-down")
        .containsExactly(ScaleKind.LIFE_COURSE, ScaleKind.BACK_TO_REGULAR);
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, true);
    assertThat(pi).isWaitingAt(NEXT_EVALUATION);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), CaseProcess.Variables.SUPPORT_TRACK)).isEqualTo("regulier");
    Date due = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId(EVALUATION_INTERVAL).singleResult().getDuedate();
    Assertions.assertThat(Duration.between(now().toInstant(), due.toInstant()).toDays()).as("regular rhythm again: 3 months")
        .isBetween(89L, 92L);
    Assertions.assertThat(walk.executableJob(pi.getId(), YEARLY_EVALUATION)).isFalse();
  }

  @Test
  void lifeCourseTrack_needsATripleLHousehold() {
    ProcessInstance pi = walk.toEvaluation();
    ObjectNode evaluation = walk.evaluation(pi, "levensloop");
    evaluation.put("nextStepReason", "Laag-intensief verder");

    Http.Response response = walk.submitTaskAs(ANNA, task(EVALUATE, pi).getId(), evaluation);

    Assertions.assertThat(response.status()).isEqualTo(400);
    Assertions.assertThat(response.json().get("message").asText()).contains("alleen voor Triple-L-huishoudens");
    assertThat(pi).isWaitingAt(EVALUATE);
  }

  private ProcessInstance toMonitoring() {
    ProcessInstance pi = walk.toEvaluation();
    ObjectNode evaluation = walk.evaluation(pi, "waakvlam");
    evaluation.put("nextStepReason", Dossiers.SCALE_DOWN_REASON);
    formService.submitTaskForm(task(EVALUATE, pi).getId(), Dossiers.submit(evaluation));
    assertThat(pi).isWaitingAt(MONITORING_CHECK_IN_TIMER);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.MONITORING);
    return pi;
  }
}
