package nl.plusteam.safety;

import static nl.plusteam.safety.process.ReportingCodeProcess.Elements.*;
import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static nl.plusteam.support.CaseWalk.CHRIS;
import static nl.plusteam.support.CaseWalk.at;
import static nl.plusteam.support.CaseWalk.days;
import static nl.plusteam.support.CaseWalk.months;
import static nl.plusteam.support.CaseWalk.now;
import static nl.plusteam.support.CaseWalk.plus;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.ClosingReason;
import nl.plusteam.casefile.DeadlineBreach;
import nl.plusteam.casefile.DeadlineBreachRepository;
import nl.plusteam.casefile.DeadlineKind;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.safety.process.ReportingCodeProcess;
import nl.plusteam.scaling.ScaleEvent;
import nl.plusteam.scaling.ScaleKind;
import nl.plusteam.scaling.ScalingService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.EngineTables;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * Handbook step 7, scaling up: a safety signal raised in a running case runs the five steps of the meldcode
 * as a called model, while the case's own work goes on. Time is moved on the engine clock.
 */
@PlusTeamTest
class SafetySignalScenarioTests {

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
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  DeadlineBreachRepository breaches;
  @Autowired
  SafetySignalService signals;
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

  @Test
  void signalWithoutUnsafety_helpOrganisedWithoutReport_theCasesOwnWorkGoesOn() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    Date supportStart = now();

    ProcessInstance meldcode = raise(pi, BRAM);

    assertThat(pi).isWaitingAt(CaseProcess.Elements.NEXT_EVALUATION, CaseProcess.Elements.REPORTING_CODE);
    assertThat(meldcode).isWaitingAt(CONSULT);
    assertThat(task(CONSULT, meldcode)).isAssignedTo(BRAM);
    Assertions.assertThat(taskService.getIdentityLinksForTask(task(CONSULT, meldcode).getId()))
        .extracting(IdentityLink::getUserId).contains(ANNA, BRAM);
    Assertions.assertThat(runtimeService.getVariable(meldcode.getId(), "dossier").toString()).contains(Dossiers.SIGNALS);
    Assertions.assertThat(meldcode.getBusinessKey()).isEqualTo(pi.getBusinessKey());

    consultTalkAndWeigh(meldcode, false, false, true);
    assertThat(meldcode).isWaitingAt(DECIDE).hasNotPassed(JOIN_DECISION);
    assertThat(task(DECIDE, meldcode)).hasDueDate(days(now(), 10));
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(meldcode.getId())
        .taskDefinitionKey(JOIN_DECISION).count()).as("no team manager for mere concerns").isZero();
    Assertions.assertThat(runtimeService.getVariable(meldcode.getId(), "dossier").toString())
        .as("the decision's form shows the steps so far, with names and Dutch dates")
        .contains("Gemeld door Bram Jansen", Dossiers.CONSULTATION, Dossiers.CLIENT_TALK,
            "acute onveiligheid nee, structurele onveiligheid nee, passende hulp mogelijk en aanvaard ja",
            "Melder: Bram Jansen", "Regisseur: Anna de Vries")
        .doesNotContain(Dossiers.today().toString());
    decide(meldcode, Dossiers.decision(true, null, null, true));

    assertThat(meldcode).isEnded().hasPassedInOrder(CONSULT, TALK_WITH_CLIENT, WEIGH, WEIGHING_FRAMEWORK, DECIDE, COMPLETED);
    assertThat(pi).hasPassed(CaseProcess.Elements.SIGNAL_HANDLED).isWaitingAt(CaseProcess.Elements.NEXT_EVALUATION);
    Assertions.assertThat(runtimeService.getVariables(pi.getId())).as("the meldcode's facts stay in its own scope")
        .doesNotContainKeys(CaseProcess.Variables.SAFETY_SIGNAL_ID, CaseProcess.Variables.SIGNAL_RAISED_BY,
            CaseProcess.Variables.CASE_CONTINUES);
    SafetySignal signal = signalOf(pi);
    Assertions.assertThat(signal.getStatus()).isEqualTo(SafetySignal.Status.DECIDED);
    Assertions.assertThat(signal.getAssessment()).isEqualTo("zorgen");
    Assertions.assertThat(signal.getReportedToVeiligThuis()).isFalse();
    Assertions.assertThat(signal.getHelpDescription()).isEqualTo(Dossiers.HELP);
    Assertions.assertThat(scaling.of(signal.getCaseFileId())).singleElement().satisfies(e -> {
      Assertions.assertThat(e.getKind()).isEqualTo(ScaleKind.SAFETY_HELP);
      Assertions.assertThat(e.getDirection()).isEqualTo(ScaleKind.Direction.UP);
      Assertions.assertThat(e.getSafetySignalId()).isEqualTo(signal.getId());
    });

    at(months(supportStart, 3));
    walk.executeJob(pi, CaseProcess.Elements.EVALUATION_INTERVAL);
    assertThat(pi).as("evaluations go on").isWaitingAt(CaseProcess.Elements.EVALUATE);
  }

  @Test
  void acuteUnsafety_decisionDueIn24Hours_teamManagerJoins_reportToVeiligThuisRecorded() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    ProcessInstance meldcode = raise(pi, ANNA);
    consultTalkAndWeigh(meldcode, true, false, false);
    Date weighed = now();

    assertThat(meldcode).isWaitingAt(DECIDE, JOIN_DECISION);
    assertThat(task(DECIDE, meldcode)).isAssignedTo(ANNA).hasDueDate(plus(weighed, Duration.ofHours(24)));
    assertThat(task(JOIN_DECISION, meldcode)).hasCandidateGroup("teammanager").hasDueDate(plus(weighed, Duration.ofHours(24)));
    Assertions.assertThat((String) runtimeService.getVariable(meldcode.getId(), ReportingCodeProcess.Variables.ASSESSMENT_TEXT))
        .isEqualTo("acute onveiligheid; melden bij Veilig Thuis is nodig");

    assertThatThrownBy(() -> decide(meldcode, Dossiers.decision(true, null, null, true)))
        .hasMessageContaining("De weging vraagt om een melding bij Veilig Thuis");
    assertThat(meldcode).isWaitingAt(DECIDE, JOIN_DECISION);

    at(plus(weighed, Duration.ofHours(23)));
    Assertions.assertThat(walk.executableJob(meldcode.getId(), DECISION_DEADLINE)).isFalse();
    decide(meldcode, Dossiers.decision(true, "VT-2026-4711", null, true));

    assertThat(meldcode).isEnded().hasNotPassed(HANDLE_LATE_DECISION, RECORD_DECISION_BREACH);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(meldcode.getId()).count())
        .as("the team manager's task ends with the decision").isZero();
    SafetySignal signal = signalOf(pi);
    Assertions.assertThat(signal.getReportReference()).isEqualTo("VT-2026-4711");
    Assertions.assertThat(signal.getDecisionDueAt()).isEqualTo(plus(weighed, Duration.ofHours(24)).toInstant());
    Assertions.assertThat(scaling.of(signal.getCaseFileId())).extracting(ScaleEvent::getKind)
        .containsExactly(ScaleKind.SAFETY_HELP, ScaleKind.VEILIG_THUIS_REPORT);
    Assertions.assertThat(breaches.findByCaseFileId(signal.getCaseFileId())).isEmpty();
    assertThat(pi).isWaitingAt(CaseProcess.Elements.NEXT_EVALUATION);
  }

  @Test
  void acuteUnsafety_decisionDeadlineMissed_directorIsAsked_breachRecordedOnce() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    ProcessInstance meldcode = raise(pi, ANNA);
    consultTalkAndWeigh(meldcode, true, false, false);
    Date due = plus(now(), Duration.ofHours(24));

    at(due);
    walk.executeJob(meldcode, DECISION_DEADLINE);

    assertThat(meldcode).hasPassed(RECORD_DECISION_BREACH).isWaitingAt(DECIDE, JOIN_DECISION, HANDLE_LATE_DECISION);
    assertThat(task(HANDLE_LATE_DECISION, meldcode)).hasCandidateGroup("directeur");
    Long caseFileId = signalOf(pi).getCaseFileId();
    Assertions.assertThat(breaches.findByCaseFileId(caseFileId)).singleElement().satisfies(b -> {
      Assertions.assertThat(b.getKind()).isEqualTo(DeadlineKind.SAFETY_DECISION);
      Assertions.assertThat(b.getDueAt()).isEqualTo(due.toInstant());
    });
    signals.recordDecisionBreach(signalOf(pi).getId(), due.toInstant());
    Assertions.assertThat(breaches.findByCaseFileId(caseFileId)).as("a retried job records nothing twice").hasSize(1);
    Http.Response directorSees = Http.basic(port, "directeur", "directeur")
        .get("/engine-rest/task?firstResult=0&maxResults=100&taskDefinitionKey=" + HANDLE_LATE_DECISION);
    Assertions.assertThat(directorSees.json()).hasSize(1);

    decide(meldcode, Dossiers.decision(true, "VT-2026-0815", null, true));
    assertThat(meldcode).as("with the decision the director's chase is over").isEnded();
    assertThat(pi).hasPassed(CaseProcess.Elements.SIGNAL_HANDLED).isWaitingAt(CaseProcess.Elements.NEXT_EVALUATION);
    Assertions.assertThat(breaches.findByCaseFileId(caseFileId)).as("the breach stays recorded").hasSize(1);
  }

  @Test
  void certifiedInstitutionInvolved_isAScaleUp_andThePlusTeamStaysInvolved() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    ProcessInstance meldcode = raise(pi, ANNA);
    consultTalkAndWeigh(meldcode, false, true, false);
    assertThat(meldcode).isWaitingAt(DECIDE, JOIN_DECISION);
    assertThat(task(DECIDE, meldcode)).hasDueDate(days(now(), 5));

    decide(meldcode, Dossiers.decision(false, "VT-2026-1234", "Jeugdbescherming Brabant", true));

    assertThat(pi).hasPassed(CaseProcess.Elements.SIGNAL_HANDLED).isWaitingAt(CaseProcess.Elements.NEXT_EVALUATION);
    Long caseFileId = signalOf(pi).getCaseFileId();
    Assertions.assertThat(scaling.of(caseFileId)).extracting(ScaleEvent::getKind)
        .containsExactly(ScaleKind.VEILIG_THUIS_REPORT, ScaleKind.CERTIFIED_INSTITUTION);
    Assertions.assertThat(scaling.of(caseFileId).get(1).getReason())
        .isEqualTo("Gecertificeerde instelling: Jeugdbescherming Brabant; het PlusTeam blijft betrokken");
    Assertions.assertThat(caseFiles.findById(caseFileId).orElseThrow().getStatus()).isEqualTo(CaseStatus.SUPPORT);
  }

  @Test
  void decisionSaysThePlusTeamStops_allCaseWorkStops_andTheLeadClosesTheCase() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    ProcessInstance meldcode = raise(pi, ANNA);
    consultTalkAndWeigh(meldcode, true, true, false);

    decide(meldcode, Dossiers.decision(false, "VT-2026-9999", "Jeugdbescherming Brabant", false));

    assertThat(pi).hasPassed(CaseProcess.Elements.REPORTING_CODE).isWaitingAt(CaseProcess.Elements.CLOSE_AFTER_SIGNAL)
        .isNotWaitingAt(CaseProcess.Elements.NEXT_EVALUATION);
    Assertions.assertThat(walk.executableJob(pi.getId(), CaseProcess.Elements.EVALUATION_INTERVAL)).isFalse();
    Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("no evaluation timer left").isZero();
    assertThat(task(CaseProcess.Elements.CLOSE_AFTER_SIGNAL, pi)).isAssignedTo(ANNA);
    ObjectNode closing = Dossiers.closing();
    closing.put("closingReason", "overgedragen");
    formService.submitTaskForm(task(CaseProcess.Elements.CLOSE_AFTER_SIGNAL, pi).getId(), Dossiers.submit(closing));

    assertThat(pi).isEnded().hasPassed(CaseProcess.Elements.CASE_CLOSED_AFTER_SIGNAL);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.CLOSED);
    Assertions.assertThat(walk.caseFileOf(pi).getClosingReason()).isEqualTo(ClosingReason.OVERGEDRAGEN);
  }

  @Test
  void whileAMeldcodeRuns_theCaseCannotBeClosed_andAStopWaitsForTheOtherOpenSignal() {
    ProcessInstance pi = walk.toEvaluation();
    ProcessInstance first = raise(pi, ANNA);
    walk.evaluate(pi, "afsluiten");
    ObjectNode closing = Dossiers.closing();

    assertThatThrownBy(() -> formService.submitTaskForm(task(CaseProcess.Elements.CLOSE_CASE, pi).getId(),
        Dossiers.submit(closing))).hasMessageContaining("loopt nog een meldcode");
    assertThat(pi).isWaitingAt(CaseProcess.Elements.CLOSE_CASE, CaseProcess.Elements.REPORTING_CODE);

    ObjectNode otherSignal = Dossiers.safetySignal(pi.getBusinessKey());
    otherSignal.put("signals", "Buren melden geschreeuw 's nachts");
    Assertions.assertThat(walk.startFormAs(BRAM, ReportingCodeProcess.RAISE_KEY, otherSignal).status()).isEqualTo(200);
    consultTalkAndWeigh(first, true, true, false);
    assertThatThrownBy(() -> decide(first, Dossiers.decision(false, "VT-2026-2222", "Jeugdbescherming Brabant", false)))
        .hasMessageContaining("Er loopt nog een ander veiligheidssignaal in deze casus (gemeld door Bram Jansen)");
    assertThat(pi).isWaitingAt(CaseProcess.Elements.CLOSE_CASE);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count())
        .as("both meldcodes run on").isEqualTo(2);

    decide(first, Dossiers.decision(false, "VT-2026-2222", "Jeugdbescherming Brabant", true));
    assertThat(first).isEnded();
  }

  @Test
  void signalRaisedDuringMonitoring_runsTheMeldcode_monitoringGoesOn() {
    ProcessInstance pi = walk.toEvaluation();
    ObjectNode evaluation = walk.evaluation(pi, "waakvlam");
    evaluation.put("nextStepReason", Dossiers.SCALE_DOWN_REASON);
    formService.submitTaskForm(task(CaseProcess.Elements.EVALUATE, pi).getId(), Dossiers.submit(evaluation));
    assertThat(pi).isWaitingAt(CaseProcess.Elements.MONITORING_CHECK_IN_TIMER);

    ProcessInstance meldcode = raise(pi, ANNA);
    consultTalkAndWeigh(meldcode, false, false, true);
    decide(meldcode, Dossiers.decision(true, null, null, true));

    assertThat(meldcode).isEnded();
    assertThat(pi).isWaitingAt(CaseProcess.Elements.MONITORING_CHECK_IN_TIMER).hasPassed(CaseProcess.Elements.SIGNAL_HANDLED);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.MONITORING);
  }

  @Test
  void whileTheCmdHasNotYetTakenAHandedBackCaseOver_aSignalCanStillBeRaised() {
    ProcessInstance pi = walk.toEvaluation();
    ObjectNode evaluation = walk.evaluation(pi, "terug-cmd");
    evaluation.put("nextStepReason", Dossiers.SCALE_DOWN_REASON);
    formService.submitTaskForm(task(CaseProcess.Elements.EVALUATE, pi).getId(), Dossiers.submit(evaluation));
    assertThat(pi).isWaitingAt(CaseProcess.Elements.HAND_BACK_TO_CMD);

    ProcessInstance meldcode = raise(pi, ANNA);
    Assertions.assertThat(taskService.getVariables(task(CaseProcess.Elements.HAND_BACK_TO_CMD, pi).getId()))
        .as("the CMD's task does not reveal the signal").doesNotContainKeys(CaseProcess.Variables.SAFETY_SIGNAL_ID,
            CaseProcess.Variables.SIGNAL_RAISED_BY);
    consultTalkAndWeigh(meldcode, false, false, true);
    decide(meldcode, Dossiers.decision(true, null, null, true));
    assertThat(pi).isWaitingAt(CaseProcess.Elements.HAND_BACK_TO_CMD);
  }

  @Test
  void signalRaisedDuringIntake_byTheLead() {
    ProcessInstance pi = walk.handOff();
    walk.distribute(pi, ANNA, BRAM);
    ProcessInstance meldcode = raise(pi, ANNA);
    assertThat(meldcode).isWaitingAt(CONSULT);
    assertThat(pi).isWaitingAt(CaseProcess.Elements.CONDUCT_INTAKE, CaseProcess.Elements.REPORTING_CODE);
  }

  @Test
  void signalByAGeneralistWhoDoesNotWorkOnTheCase_isRefused_andNothingIsStored() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    long meldcodesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportingCodeProcess.KEY).count();

    Http.Response response = walk.startFormAs(CHRIS, ReportingCodeProcess.RAISE_KEY, Dossiers.safetySignal(pi.getBusinessKey()));

    Assertions.assertThat(response.status()).isEqualTo(400);
    Assertions.assertThat(response.json().get("message").asText()).contains("geen regisseur of duopartner van casus");
    Assertions.assertThat(signals.of(walk.caseFileOf(pi).getId())).isEmpty();
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportingCodeProcess.KEY).count())
        .isEqualTo(meldcodesBefore);
    Http.Response cmd = walk.startFormAs("cmd.geldropmierlo", ReportingCodeProcess.RAISE_KEY,
        Dossiers.safetySignal(pi.getBusinessKey()));
    Assertions.assertThat(cmd.status()).as("CMD may not start it at all").isEqualTo(403);
  }

  @Test
  void theSameSignalSubmittedTwice_startsOneMeldcode() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    raise(pi, ANNA);

    Http.Response again = walk.startFormAs(ANNA, ReportingCodeProcess.RAISE_KEY, Dossiers.safetySignal(pi.getBusinessKey()));

    Assertions.assertThat(again.status()).isEqualTo(400);
    Assertions.assertThat(again.json().get("message").asText()).contains("al gemeld", "ga verder met de taak");
    Assertions.assertThat(signals.of(walk.caseFileOf(pi).getId())).hasSize(1);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isEqualTo(1);
  }

  @Test
  void signalOnAClosedCase_isRefused() {
    ProcessInstance pi = walk.toEvaluation();
    walk.evaluate(pi, "afsluiten");
    walk.close(pi);

    Http.Response response = walk.startFormAs(ANNA, ReportingCodeProcess.RAISE_KEY, Dossiers.safetySignal(pi.getBusinessKey()));

    Assertions.assertThat(response.status()).isEqualTo(400);
    Assertions.assertThat(response.json().get("message").asText()).contains("loopt niet meer", "Veilig Thuis (0800-2000)");
  }

  @Test
  void theSignalsAndEveryStepStayOutOfTheEngine() throws Exception {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    ProcessInstance meldcode = raise(pi, ANNA);
    consultTalkAndWeigh(meldcode, true, true, false);
    decide(meldcode, Dossiers.decision(true, "VT-2026-0001", "Jeugdbescherming Brabant", true));

    List<String> found = EngineTables.scan(dataSource, List.of(Dossiers.SIGNALS, Dossiers.CONSULTATION,
        Dossiers.CLIENT_TALK, Dossiers.WEIGHING_NOTES, Dossiers.HELP, "Aandachtsfunctionaris PlusTeam",
        "Jeugdbescherming Brabant", "VT-2026-0001"));

    Assertions.assertThat(found).as("signal content found in engine tables").isEmpty();
    Assertions.assertThat(signalOf(pi).getSignals()).as("the dossier has it").isEqualTo(Dossiers.SIGNALS);

    String planted = "geplant-" + java.util.UUID.randomUUID();
    runtimeService.setVariable(pi.getId(), "plantedNote", planted);
    Assertions.assertThat(EngineTables.scan(dataSource, List.of(planted))).as("the scan finds what does not belong")
        .isNotEmpty();
    runtimeService.removeVariable(pi.getId(), "plantedNote");
  }

  @Test
  void processOwnerShortensTheAcuteTermInTheDecisionTable_newWeighingsUseItWithoutCodeChanges() throws Exception {
    String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes/meldcode-weighing.dmn"));
    Assertions.assertThat(table).contains("<text>\"PT24H\"</text>");
    String deploymentId = processEngine.getRepositoryService().createDeployment().name("meldcode-acuut-12-uur")
        .addString("meldcode-weighing.dmn", table.replace("<text>\"PT24H\"</text>", "<text>\"PT12H\"</text>"))
        .deploy().getId();
    try {
      ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
      ProcessInstance meldcode = raise(pi, ANNA);
      consultTalkAndWeigh(meldcode, true, false, false);
      assertThat(task(DECIDE, meldcode)).hasDueDate(plus(now(), Duration.ofHours(12)));
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  // --- helpers -----------------------------------------------------------------------------------------

  /** Step 1 through the Tasklist's start form, as the given generalist; returns the meldcode the case called. */
  private ProcessInstance raise(ProcessInstance pi, String user) {
    Http.Response response = walk.startFormAs(user, ReportingCodeProcess.RAISE_KEY, Dossiers.safetySignal(pi.getBusinessKey()));
    Assertions.assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<ProcessInstance> called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list();
    Assertions.assertThat(called).hasSize(1);
    return called.get(0);
  }

  private void consultTalkAndWeigh(ProcessInstance meldcode, boolean acute, boolean structural, boolean helpPossible) {
    formService.submitTaskForm(task(CONSULT, meldcode).getId(), Dossiers.submit(Dossiers.consultation()));
    formService.submitTaskForm(task(TALK_WITH_CLIENT, meldcode).getId(), Dossiers.submit(Dossiers.clientTalk()));
    formService.submitTaskForm(task(WEIGH, meldcode).getId(), Dossiers.submit(Dossiers.weighing(acute, structural, helpPossible)));
  }

  private void decide(ProcessInstance meldcode, ObjectNode decision) {
    formService.submitTaskForm(task(DECIDE, meldcode).getId(), Dossiers.submit(decision));
  }

  private SafetySignal signalOf(ProcessInstance pi) {
    return signals.of(walk.caseFileOf(pi).getId()).get(0);
  }
}
