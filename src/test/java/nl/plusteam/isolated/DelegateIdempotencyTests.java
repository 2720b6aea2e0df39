package nl.plusteam.isolated;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.CaseStatus;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static nl.plusteam.support.CaseWalk.CHRIS;
import static nl.plusteam.support.CaseWalk.at;
import static nl.plusteam.support.CaseWalk.days;
import static nl.plusteam.support.CaseWalk.months;
import static nl.plusteam.support.CaseWalk.now;
import static nl.plusteam.support.CaseWalk.plus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.casefile.process.CaseProcess.Elements;
import nl.plusteam.caseload.process.AbsenceProcess;
import nl.plusteam.caseload.process.CaseloadTalkProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.referral.process.ReferralProcess;
import nl.plusteam.reporting.Kpi;
import nl.plusteam.reporting.ReportStatus;
import nl.plusteam.safety.process.ReportingCodeProcess;
import nl.plusteam.scaling.process.ScaleDownProcess;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.DelegateDoubling;
import nl.plusteam.support.DomainRows;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * Issue 7: every delegate that writes to the dossier is safe to run twice (a retried job, a step repeated in
 * Cockpit). Each path is walked twice from the same moment: once as it runs, once with every delegate run twice in
 * a row in the same execution and transaction ({@link DelegateDoubling}). The dossier rows of both walks must be
 * the same, and the doubled walk must not fail. The last test fails when a dossier-writing delegate has no path here.
 */
@PlusTeamTest
@Import(DelegateDoubling.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DelegateIdempotencyTests {

  static final String TEAM_MANAGER = "teammanager";
  static final String DIRECTOR = "directeur";
  /** A quarter without cases: its frozen figures are the same in both walks. */
  static final String EMPTY_QUARTER = "2019-Q1";

  /** Delegates that write nothing to the dossier (engine state only), so they need no path here. */
  static final Set<String> ENGINE_ONLY = Set.of("remindOpenTasksDelegate", "completeReturnDelegate");

  /** Per dossier-writing delegate: what the comparison of a single and a doubled walk covers. */
  static final Map<String, String> COMPARED = Map.ofEntries(
      Map.entry("assignCaseDelegate", "case_file (lead, partner, status)"),
      Map.entry("recordIntakeBreachDelegate", "deadline_breach (kind INTAKE)"),
      Map.entry("reassignLeadDelegate", "case_file (lead)"),
      Map.entry("recordIntakeDelegate", "case_file (intake), zrm_measurement, zrm_score"),
      Map.entry("recordPlanBreachDelegate", "deadline_breach (kind FAMILY_PLAN)"),
      Map.entry("recordFamilyPlanDelegate", "family_plan, plan_goal, plan_action"),
      Map.entry("recordFamilyConsentDelegate", "family_consent (round!), family_plan status, case_file status"),
      Map.entry("recordReferralDelegate", "referral"),
      Map.entry("recordEvaluationDelegate", "evaluation, goal_evaluation, zrm_measurement, scale_event"),
      Map.entry("recordClosingDelegate", "case_file (closing facts)"),
      Map.entry("recordCheckInDelegate", "monitoring_check_in, scale_event (RELAPSE), case_file status"),
      Map.entry("scaleDownCaseDelegate", "scale_event (BACK_TO_CMD), case_file status"),
      Map.entry("raiseSafetySignalDelegate", "safety_signal (one signal, one meldcode)"),
      Map.entry("recordConsultationDelegate", "safety_signal (step 2)"),
      Map.entry("recordClientTalkDelegate", "safety_signal (step 3)"),
      Map.entry("recordWeighingDelegate", "safety_signal (step 4)"),
      Map.entry("recordAssessmentDelegate", "safety_signal (assessment, decision_due_at)"),
      Map.entry("recordSafetyDecisionBreachDelegate", "deadline_breach (kind SAFETY_DECISION)"),
      Map.entry("recordSafetyDecisionDelegate", "safety_signal (step 5), scale_event (three kinds)"),
      Map.entry("startCaseloadRoundDelegate", "one round started (caseload_talk rows of one round)"),
      Map.entry("planCaseloadRoundDelegate", "caseload_talk (one per available generalist)"),
      Map.entry("recordPreparationDelegate", "caseload_talk (prepared)"),
      Map.entry("recordUnpreparedDelegate", "caseload_talk (unprepared)"),
      Map.entry("recordCaseloadTalkDelegate", "caseload_talk (held), caseload_action, case_third_party, case_file lead, "
          + "scale_event (MONITORING)"),
      Map.entry("recordAbsenceDelegate", "generalist_absence, generalist_return"),
      Map.entry("recordCoverDelegate", "caseload_action (cover), case_file lead"),
      Map.entry("freezeQuarterlyFiguresDelegate", "quarterly_report (figures frozen once, the task follows)"),
      Map.entry("finaliseQuarterlyReportDelegate", "quarterly_report (final, hash), report_interpretation"));

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  ManagementService managementService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DelegateDoubling doubling;

  private final ObjectMapper json = new ObjectMapper();
  private CaseWalk walk;
  private DomainRows rows;
  /** The moment both walks of a path start at: their dates and timestamps are then the same. */
  private static final ZonedDateTime START = ZonedDateTime.now(CaseWalk.AMSTERDAM)
      .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.of(10, 0));

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
    rows = new DomainRows(jdbc);
  }

  @AfterEach
  void tearDown() {
    doubling.doubled(false);
    CaseWalk.end();
  }

  @Test
  @Order(1)
  void intakeLateWithAnotherLead_planLateAndRefusedTwice_referral_evaluationCloses() {
    walkTwice(() -> {
      ProcessInstance pi = walk.handOff();
      Date handedOff = now();
      walk.distribute(pi, ANNA, BRAM);
      at(plus(days(handedOff, 14), Duration.ofMinutes(5)));
      walk.executeJob(pi, Elements.INTAKE_DEADLINE);
      formService.submitTaskForm(task(Elements.HANDLE_INTAKE_ESCALATION, pi).getId(), Map.of(
          CaseProcess.Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.REASSIGN,
          CaseProcess.Variables.NEW_LEAD, CHRIS));
      walk.holdIntake(pi, true);
      at(days(now(), 42));
      walk.executeJob(pi, Elements.PLAN_DEADLINE);
      for (int refusal = 1; refusal <= 2; refusal++) {
        walk.draftPlan(pi, Dossiers.today().plusMonths(6));
        walk.answerConsent(pi, false);
        BpmnAwareTests.assertThat(pi).as("a refusal counts once").isWaitingAt(Elements.DRAFT_PLAN);
      }
      walk.draftPlan(pi, Dossiers.today().plusMonths(6));
      walk.answerConsent(pi, true);
      BpmnAwareTests.assertThat(pi).isWaitingAt(Elements.NEXT_EVALUATION).hasNotPassed(Elements.DISCUSS_CASE);
      Http.Response referral = walk.startFormAs(CHRIS, ReferralProcess.KEY,
          Dossiers.referral(pi.getBusinessKey(), "verwijzing"));
      assertThat(referral.status()).as(referral.body()).isEqualTo(200);
      at(months(now(), 3));
      walk.executeJob(pi, Elements.EVALUATION_INTERVAL);
      walk.evaluate(pi, "afsluiten");
      walk.close(pi);
      // the plan's escalation task stays with the team manager; the case itself is closed
      BpmnAwareTests.assertThat(pi).hasPassed(Elements.RECORD_CLOSING);
      Map<String, List<Map<String, String>>> dossier = rows.ofCase(walk.caseFileOf(pi).getId());
      assertThat(dossier.get("case_file")).singleElement()
          .satisfies(row -> assertThat(row.get("status")).isEqualTo(CaseStatus.CLOSED.name()));
      assertThat(dossier.get("deadline_breach")).hasSize(2);
      assertThat(dossier.get("family_consent")).extracting(row -> row.get("round")).containsExactly("1", "2", "3");
      assertThat(dossier.get("referral")).hasSize(1);
      assertThat(dossier.get("evaluation")).hasSize(1);
      return dossier;
    });
  }

  @Test
  @Order(2)
  void evaluationScalesDownToMonitoring_relapseAtTheCheckIn() {
    walkTwice(() -> {
      ProcessInstance pi = walk.toEvaluation();
      ObjectNode evaluation = walk.evaluation(pi, "waakvlam").put("nextStepReason", Dossiers.SCALE_DOWN_REASON);
      formService.submitTaskForm(task(Elements.EVALUATE, pi).getId(), Dossiers.submit(evaluation));
      at(months(now(), 3));
      walk.executeJob(pi, Elements.MONITORING_CHECK_IN_TIMER);
      formService.submitTaskForm(task(Elements.MONITORING_CHECK_IN, pi).getId(),
          Dossiers.submit(Dossiers.checkIn("terugval")));
      BpmnAwareTests.assertThat(pi).isWaitingAt(Elements.DRAFT_PLAN);
      Map<String, List<Map<String, String>>> dossier = rows.ofCase(walk.caseFileOf(pi).getId());
      assertThat(dossier.get("scale_event")).extracting(row -> row.get("kind")).containsExactly("MONITORING", "RELAPSE");
      assertThat(dossier.get("monitoring_check_in")).hasSize(1);
      return dossier;
    });
  }

  @Test
  @Order(3)
  void teamManagerScalesDownToTheCmd() {
    walkTwice(() -> {
      ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
      Http.Response scaled = walk.startFormAs(TEAM_MANAGER, ScaleDownProcess.KEY,
          Dossiers.scaleDown(pi.getBusinessKey(), "terug-cmd"));
      assertThat(scaled.status()).as(scaled.body()).isEqualTo(200);
      formService.submitTaskForm(task(Elements.HAND_BACK_TO_CMD, pi).getId(), Map.of("handbackAcknowledged", true));
      BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Elements.CASE_HANDED_BACK);
      Map<String, List<Map<String, String>>> dossier = rows.ofCase(walk.caseFileOf(pi).getId());
      assertThat(dossier.get("scale_event")).extracting(row -> row.get("kind")).containsExactly("BACK_TO_CMD");
      return dossier;
    });
  }

  @Test
  @Order(4)
  void safetySignal_acuteDecisionLate_reportedAndStopped_caseClosedAfterTheSignal() {
    walkTwice(() -> {
      ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
      Http.Response raised = walk.startFormAs(ANNA, ReportingCodeProcess.RAISE_KEY,
          Dossiers.safetySignal(pi.getBusinessKey()));
      assertThat(raised.status()).as(raised.body()).isEqualTo(200);
      List<ProcessInstance> called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list();
      assertThat(called).as("one signal starts one meldcode").hasSize(1);
      ProcessInstance meldcode = called.get(0);
      formService.submitTaskForm(task(ReportingCodeProcess.Elements.CONSULT, meldcode).getId(),
          Dossiers.submit(Dossiers.consultation()));
      formService.submitTaskForm(task(ReportingCodeProcess.Elements.TALK_WITH_CLIENT, meldcode).getId(),
          Dossiers.submit(Dossiers.clientTalk()));
      formService.submitTaskForm(task(ReportingCodeProcess.Elements.WEIGH, meldcode).getId(),
          Dossiers.submit(Dossiers.weighing(true, true, false)));
      at(plus(now(), Duration.ofHours(24)));
      walk.executeJob(meldcode, ReportingCodeProcess.Elements.DECISION_DEADLINE);
      formService.submitTaskForm(task(ReportingCodeProcess.Elements.DECIDE, meldcode).getId(),
          Dossiers.submit(Dossiers.decision(true, "VT-2026-0707", "Jeugdbescherming Brabant", false)));
      ObjectNode closing = Dossiers.closing().put("closingReason", "overgedragen");
      formService.submitTaskForm(task(Elements.CLOSE_AFTER_SIGNAL, pi).getId(), Dossiers.submit(closing));
      BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Elements.CASE_CLOSED_AFTER_SIGNAL);
      Map<String, List<Map<String, String>>> dossier = rows.ofCase(walk.caseFileOf(pi).getId());
      assertThat(dossier.get("safety_signal")).hasSize(1);
      assertThat(dossier.get("deadline_breach")).extracting(row -> row.get("kind")).containsExactly("SAFETY_DECISION");
      assertThat(dossier.get("scale_event")).extracting(row -> row.get("kind"))
          .containsExactly("SAFETY_HELP", "VEILIG_THUIS_REPORT", "CERTIFIED_INSTITUTION");
      return dossier;
    });
  }

  @Test
  @Order(5)
  void caseloadRoundFromTheRhythm_preparedAndUnprepared_talkWithActions() {
    walkTwice(() -> {
      ProcessInstance newLead = walk.toPlanPhase();
      ProcessInstance thirdParty = walk.toSupport(Dossiers.today().plusMonths(6));
      ProcessInstance scaledDown = walk.toSupport(Dossiers.today().plusMonths(6));
      Job rhythm = managementService.createJobQuery().activityId(CaseloadTalkProcess.RhythmElements.ROUND_DUE)
          .singleResult();
      managementService.setJobDuedate(rhythm.getId(), now());
      List<String> before = roundIds();
      managementService.executeJob(rhythm.getId());
      List<String> started = roundIds();
      started.removeAll(before);
      assertThat(started).as("the rhythm starts one round").hasSize(1);
      String round = started.get(0);

      Task preparation = taskService.createTaskQuery().processInstanceId(round)
          .taskDefinitionKey(CaseloadTalkProcess.Elements.PREPARE).taskAssignee(ANNA).singleResult();
      assertThat(walk.submitTaskAs(ANNA, preparation.getId(),
          json.createObjectNode().put("preparationNotes", "Gezin Noord loopt vast")).status()).isEqualTo(204);
      Date deadline = (Date) runtimeService.getVariable(round, CaseloadTalkProcess.Variables.PREPARATION_DEADLINE);
      at(plus(deadline, Duration.ofMinutes(1)));
      List<Job> late = managementService.createJobQuery().processInstanceId(round)
          .activityId(CaseloadTalkProcess.Elements.PREPARATION_DEADLINE).executable().list();
      assertThat(late).hasSize(2);
      late.forEach(job -> managementService.executeJob(job.getId()));

      Task talk = taskService.createTaskQuery().processInstanceId(round)
          .taskDefinitionKey(CaseloadTalkProcess.Elements.HOLD_TALK).list().stream()
          .filter(t -> ANNA.equals(taskService.getVariable(t.getId(), CaseloadTalkProcess.Variables.GENERALIST)))
          .findFirst().orElseThrow();
      ObjectNode held = json.createObjectNode().put("talkNotes", "Regie naar Chris; Chris kijkt mee; afschalen");
      held.putObject("action1").put("kind", "regisseur").put("caseReference", newLead.getBusinessKey())
          .put("generalist", CHRIS);
      held.putObject("action2").put("kind", "derde-betrokkene").put("caseReference", thirdParty.getBusinessKey())
          .put("generalist", CHRIS);
      held.putObject("action3").put("kind", "afschalen").put("caseReference", scaledDown.getBusinessKey())
          .put("scaleDownKind", "waakvlam").put("description", Dossiers.SCALE_DOWN_REASON);
      Http.Response recorded = walk.submitTaskAs(TEAM_MANAGER, talk.getId(), held);
      assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);

      Map<String, List<Map<String, String>>> dossier = new LinkedHashMap<>(rows.ofRound(round));
      prefixed(dossier, "lead changed", rows.ofCase(walk.caseFileOf(newLead).getId()));
      prefixed(dossier, "third party", rows.ofCase(walk.caseFileOf(thirdParty).getId()));
      prefixed(dossier, "scaled down", rows.ofCase(walk.caseFileOf(scaledDown).getId()));
      assertThat(dossier.get("caseload_talk")).extracting(row -> row.get("prepared"))
          .containsExactlyInAnyOrder("true", "false", "false");
      assertThat(dossier.get("caseload_action")).hasSize(3);
      runtimeService.deleteProcessInstance(round, "test voorbij");
      return dossier;
    });
  }

  @Test
  @Order(6)
  void absenceOfALead_coverArranged_thenBackEarlier() {
    walkTwice(() -> {
      ProcessInstance pi = walk.toPlanPhase();
      ObjectNode absence = json.createObjectNode().put("generalist", ANNA)
          .put("absentFrom", Dossiers.today().plusDays(1).toString())
          .put("absentUntil", Dossiers.today().plusDays(30).toString()).put("reason", "ziek");
      Http.Response reported = walk.startFormAs(TEAM_MANAGER, AbsenceProcess.KEY, absence);
      assertThat(reported.status()).as(reported.body()).isEqualTo(200);
      String absenceProcess = reported.json().path("id").asText();
      Task cover = taskService.createTaskQuery().processInstanceId(absenceProcess)
          .taskDefinitionKey(AbsenceProcess.Elements.ARRANGE_COVER).singleResult();
      ObjectNode covered = json.createObjectNode().put("coverage", "volledig");
      covered.putObject("action1").put("kind", "regisseur").put("caseReference", pi.getBusinessKey())
          .put("generalist", CHRIS);
      Http.Response arranged = walk.submitTaskAs(TEAM_MANAGER, cover.getId(), covered);
      assertThat(arranged.status()).as(arranged.body()).isEqualTo(204);
      ObjectNode back = json.createObjectNode().put("kind", "terug").put("generalist", ANNA)
          .put("absentFrom", Dossiers.today().plusDays(10).toString());
      Http.Response returned = walk.startFormAs(TEAM_MANAGER, AbsenceProcess.KEY, back);
      assertThat(returned.status()).as(returned.body()).isEqualTo(200);

      Map<String, List<Map<String, String>>> dossier = new LinkedHashMap<>(rows.ofGeneralist(ANNA));
      dossier.putAll(rows.ofCase(walk.caseFileOf(pi).getId()));
      assertThat(dossier.get("generalist_absence")).singleElement()
          .satisfies(row -> assertThat(row.get("absent_until")).isEqualTo(Dossiers.today().plusDays(9).toString()));
      assertThat(dossier.get("generalist_return")).hasSize(1);
      assertThat(dossier.get("caseload_action")).hasSize(1);
      // the same absence is recorded again in the other walk: this one must not overlap it
      rows.forgetGeneralist(ANNA);
      return dossier;
    });
  }

  @Test
  @Order(7)
  void quarterlyReportRequested_interpreted_final() {
    walkTwice(() -> {
      Http director = Http.basic(port, DIRECTOR, DIRECTOR);
      Http.Response created = director.postJson("/api/rapportages", Map.of("kwartaal", EMPTY_QUARTER));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      Task interpret = taskService.createTaskQuery().processDefinitionKey(nl.plusteam.reporting.process.ReportProcess.KEY)
          .singleResult();
      assertThat(interpret).as("the frozen report waits for its interpretation").isNotNull();
      Map<String, Object> dossier = Map.of("summary", "Geen casussen in dit kwartaal.",
          Kpi.values()[0].key(), "Geen aanmeldingen in 2019.");
      Http.Response finalised = director.postJson("/engine-rest/task/" + interpret.getId() + "/submit-form",
          Map.of("variables", Map.of("dossier", Map.of("type", "Json", "value", toJson(dossier)))));
      assertThat(finalised.status()).as(finalised.body()).isEqualTo(204);
      Map<String, List<Map<String, String>>> report = rows.ofQuarter(EMPTY_QUARTER);
      assertThat(report.get("quarterly_report")).singleElement()
          .satisfies(row -> assertThat(row.get("status")).isEqualTo(ReportStatus.DEFINITIEF.name()));
      assertThat(report.get("report_interpretation")).hasSize(1);
      // the other walk reports on the same quarter: one report per quarter
      rows.forgetQuarter(EMPTY_QUARTER);
      return report;
    });
  }

  @Test
  @Order(100)
  void everyDossierWritingDelegateRanTwiceOnSomePathHere() {
    Set<String> delegates = new TreeSet<>(doubling.delegateNames());
    delegates.removeAll(ENGINE_ONLY);
    Set<String> neverDoubled = new TreeSet<>(delegates);
    neverDoubled.removeAll(doubling.doubledNames());
    assertThat(neverDoubled).as("dossier-writing delegates without a path in this test (add one, and say in COMPARED "
        + "what it writes; or list it in ENGINE_ONLY if it writes nothing to the dossier)").isEmpty();
    Set<String> undocumented = new TreeSet<>(delegates);
    undocumented.removeAll(COMPARED.keySet());
    assertThat(undocumented).as("delegates without a line in COMPARED").isEmpty();
    assertThat(COMPARED.keySet()).as("COMPARED names only existing delegates").isSubsetOf(delegates);
  }

  /** Walks a path as it runs, then again from the same moment with every delegate doubled; the rows must match. */
  private void walkTwice(Supplier<Map<String, List<Map<String, String>>>> path) {
    at(START);
    Map<String, List<Map<String, String>>> single = path.get();
    assertThat(single.values()).as("the path writes to the dossier").anySatisfy(r -> assertThat(r).isNotEmpty());
    at(START);
    doubling.doubled(true);
    Map<String, List<Map<String, String>>> doubled;
    try {
      doubled = path.get();
    } finally {
      doubling.doubled(false);
    }
    assertThat(doubled.keySet()).isEqualTo(single.keySet());
    single.forEach((table, expected) -> assertThat(doubled.get(table))
        .as("rows of %s when every delegate ran twice", table).isEqualTo(expected));
  }

  private static void prefixed(Map<String, List<Map<String, String>>> into, String prefix,
      Map<String, List<Map<String, String>>> tables) {
    tables.forEach((table, list) -> into.put(prefix + ": " + table, list));
  }

  private List<String> roundIds() {
    return new ArrayList<>(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CaseloadTalkProcess.KEY).list().stream().map(ProcessInstance::getId).toList());
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
