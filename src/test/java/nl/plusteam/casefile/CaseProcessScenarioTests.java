package nl.plusteam.casefile;

import static nl.plusteam.casefile.process.CaseProcess.Elements.ASSIGN;
import static nl.plusteam.casefile.process.CaseProcess.Elements.CASE_INTAKE_DONE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.CONDUCT_INTAKE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.DISTRIBUTE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.ESCALATION_HANDLED;
import static nl.plusteam.casefile.process.CaseProcess.Elements.HANDLE_INTAKE_ESCALATION;
import static nl.plusteam.casefile.process.CaseProcess.Elements.INTAKE_DEADLINE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.INTAKE_HELD;
import static nl.plusteam.casefile.process.CaseProcess.Elements.REASSIGN_LEAD;
import static nl.plusteam.casefile.process.CaseProcess.Elements.RECORD_INTAKE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.RECORD_INTAKE_BREACH;
import static nl.plusteam.casefile.process.CaseProcess.Elements.START;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.casefile.process.CaseProcess.Variables;
import nl.plusteam.support.Cases;
import nl.plusteam.support.PlusTeamTest;

/** The casus model, one test per path of handbook steps 1-3. Time is moved on the engine clock. */
@PlusTeamTest
class CaseProcessScenarioTests {

  private static final String ANNA = "generalist.anna";
  private static final String BRAM = "generalist.bram";
  private static final String CHRIS = "generalist.chris";

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
  CaseFileRepository caseFiles;
  @Autowired
  DeadlineBreachRepository breaches;
  @Autowired
  CaseFileService caseFileService;
  @Autowired
  org.camunda.bpm.engine.RepositoryService repositoryService;

  private Date handoffTime;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    handoffTime = new Date();
    ClockUtil.setCurrentTime(handoffTime);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void handoffDistributedAndIntakeHeld_intakePeriodEndsWithoutEscalation() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);

    assertThat(pi).isWaitingAt(DISTRIBUTE);
    Task distribute = task(DISTRIBUTE, pi);
    assertThat(distribute).hasCandidateGroup("teammanager").hasDueDate(plus(handoffTime, Duration.ofDays(14)));
    JsonValue options = taskService.getVariableLocalTyped(distribute.getId(), Variables.GENERALIST_OPTIONS);
    Assertions.assertThat(options.getValueSerialized()).contains(ANNA, BRAM, CHRIS, "casus");
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), Variables.INTAKE_DEADLINE_TEXT))
        .matches("(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \\d{1,2} \\p{L}+ \\d{4} om \\d{2}:\\d{2}");
    Assertions.assertThat((String) taskService.getVariableLocal(distribute.getId(), Variables.CASE_SUMMARY))
        .contains("1 ouder, 1 kind", "Financiën", "Huisvesting");

    formService.submitTaskForm(distribute.getId(), Map.of(Variables.LEAD, ANNA, Variables.PARTNER, BRAM));

    assertThat(pi).isWaitingAt(CONDUCT_INTAKE);
    Task intake = task(CONDUCT_INTAKE, pi);
    assertThat(intake).isAssignedTo(ANNA).hasDueDate(plus(handoffTime, Duration.ofDays(14)));
    CaseFile caseFile = caseFileOf(pi);
    Assertions.assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.ASSIGNED);
    Assertions.assertThat(caseFile.getLeadGeneralist()).isEqualTo(ANNA);
    Assertions.assertThat(caseFile.getPartnerGeneralist()).isEqualTo(BRAM);

    formService.submitTaskForm(intake.getId(), Map.of(Variables.INTAKE_DATE, LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString()));

    assertThat(pi).isEnded().hasPassedInOrder(START, DISTRIBUTE, ASSIGN, CONDUCT_INTAKE, RECORD_INTAKE, INTAKE_HELD,
        CASE_INTAKE_DONE);
    assertThat(pi).hasNotPassed(RECORD_INTAKE_BREACH, HANDLE_INTAKE_ESCALATION);
    Assertions.assertThat(caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.INTAKE_HELD);
    Assertions.assertThat(breaches.findByCaseFileId(caseFile.getId())).isEmpty();
  }

  @Test
  void intakeNotHeldWithin14Days_teamManagerGetsEscalationAndBreachIsRecordedOnce() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    distribute(pi, ANNA, BRAM);

    ClockUtil.setCurrentTime(plus(handoffTime, Duration.ofDays(13)));
    Assertions.assertThat(dueJobs(pi)).as("no deadline due at day 13").isZero();

    ClockUtil.setCurrentTime(plus(handoffTime, Duration.ofDays(14).plusSeconds(1)));
    Assertions.assertThat(dueJobs(pi)).as("the deadline is due at day 14").isEqualTo(1);
    execute(job(INTAKE_DEADLINE, pi));

    assertThat(pi).hasPassed(RECORD_INTAKE_BREACH).isWaitingAt(HANDLE_INTAKE_ESCALATION, CONDUCT_INTAKE);
    assertThat(task(HANDLE_INTAKE_ESCALATION, pi)).hasCandidateGroup("teammanager");
    assertThat(task(CONDUCT_INTAKE, pi)).isAssignedTo(ANNA);
    Long caseFileId = caseFileOf(pi).getId();
    Assertions.assertThat(breaches.findByCaseFileId(caseFileId)).singleElement()
        .satisfies(b -> {
          Assertions.assertThat(b.getKind()).isEqualTo(DeadlineKind.INTAKE);
          Assertions.assertThat(b.getDueAt()).isEqualTo(plus(handoffTime, Duration.ofDays(14)).toInstant());
        });

    // A retried job records the same breach again: still one row.
    caseFileService.recordBreach(caseFileId, DeadlineKind.INTAKE, plus(handoffTime, Duration.ofDays(14)).toInstant());
    Assertions.assertThat(breaches.findByCaseFileId(caseFileId)).hasSize(1);

    // The lead still holds the intake; the team manager lets them plan it.
    formService.submitTaskForm(task(HANDLE_INTAKE_ESCALATION, pi).getId(),
        Map.of(Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.LEAD_PLANS_INTAKE));
    assertThat(pi).hasPassed(ESCALATION_HANDLED).hasNotPassed(REASSIGN_LEAD).isWaitingAt(CONDUCT_INTAKE);
  }

  @Test
  void escalationBeforeDistribution_teamManagerStillDistributes() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);

    ClockUtil.setCurrentTime(plus(handoffTime, Duration.ofDays(15)));
    execute(job(INTAKE_DEADLINE, pi));

    assertThat(pi).isWaitingAt(DISTRIBUTE, HANDLE_INTAKE_ESCALATION);
    Task escalation = task(HANDLE_INTAKE_ESCALATION, pi);
    assertThatThrownBy(() -> formService.submitTaskForm(escalation.getId(), Map.of(
        Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.REASSIGN, Variables.NEW_LEAD, CHRIS)))
        .hasMessageContaining("verdeel de aanmelding eerst");
    assertThat(pi).isWaitingAt(DISTRIBUTE, HANDLE_INTAKE_ESCALATION);
  }

  @Test
  void escalation_teamManagerAppointsAnotherLead_intakeMovesToNewLead() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    distribute(pi, ANNA, BRAM);
    ClockUtil.setCurrentTime(plus(handoffTime, Duration.ofDays(14).plusMinutes(5)));
    execute(job(INTAKE_DEADLINE, pi));

    formService.submitTaskForm(task(HANDLE_INTAKE_ESCALATION, pi).getId(), Map.of(
        Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.REASSIGN, Variables.NEW_LEAD, CHRIS));

    assertThat(pi).hasPassed(REASSIGN_LEAD).isWaitingAt(CONDUCT_INTAKE);
    assertThat(task(CONDUCT_INTAKE, pi)).isAssignedTo(CHRIS);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Variables.LEAD)).isEqualTo(CHRIS);
    Assertions.assertThat(caseFileOf(pi).getLeadGeneralist()).isEqualTo(CHRIS);
  }

  @Test
  void sameGeneralistAsLeadAndPartner_isRefusedAndNothingChanges() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    Task distribute = task(DISTRIBUTE, pi);

    assertThatThrownBy(() -> formService.submitTaskForm(distribute.getId(),
        Map.of(Variables.LEAD, ANNA, Variables.PARTNER, ANNA)))
        .hasMessageContaining("twee verschillende generalisten");
    assertThatThrownBy(() -> formService.submitTaskForm(distribute.getId(),
        Map.of(Variables.LEAD, "teammanager", Variables.PARTNER, ANNA)))
        .hasMessageContaining("Kies als regisseur een generalist");

    assertThat(pi).isWaitingAt(DISTRIBUTE);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Variables.LEAD)).isNull();
    Assertions.assertThat(caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.RECEIVED);
  }

  @Test
  void invalidFormInputThroughTheTasklistApi_is400WithTheDutchReason() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    Task distribute = task(DISTRIBUTE, pi);
    nl.plusteam.support.Http manager = nl.plusteam.support.Http.basic(port, "teammanager", "teammanager");

    nl.plusteam.support.Http.Response response = manager.postJson("/engine-rest/task/" + distribute.getId()
        + "/submit-form", Map.of("variables", Map.of(
            Variables.LEAD, Map.of("value", ANNA), Variables.PARTNER, Map.of("value", ANNA))));

    Assertions.assertThat(response.status()).isEqualTo(400);
    Assertions.assertThat(response.json().get("message").asText()).contains("twee verschillende generalisten");
    assertThat(pi).isWaitingAt(DISTRIBUTE);
  }

  @Test
  void intakeDateInTheFuture_isRefused() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    distribute(pi, ANNA, BRAM);
    Task intake = task(CONDUCT_INTAKE, pi);

    assertThatThrownBy(() -> formService.submitTaskForm(intake.getId(), Map.of(Variables.INTAKE_DATE,
        LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).toString())))
        .hasMessageContaining("niet in de toekomst");
    assertThat(pi).isWaitingAt(CONDUCT_INTAKE);
    Assertions.assertThat(caseFileOf(pi).getIntakeHeldOn()).isNull();
  }

  @Test
  void partnerMayTakeOverTheIntake() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    distribute(pi, ANNA, BRAM);
    Task intake = task(CONDUCT_INTAKE, pi);
    Assertions.assertThat(taskService.getIdentityLinksForTask(intake.getId()))
        .extracting(IdentityLink::getUserId).contains(BRAM);
  }

  @Test
  void processOwnerChangesTheIntakeDeadlineInTheModel_newCasesUseItWithoutCodeChanges() throws Exception {
    String model = java.nio.file.Files.readString(java.nio.file.Path.of("processes/casus.bpmn"));
    Assertions.assertThat(model).contains(">P14D<");
    var deployment = repositoryService.createDeployment().name("termijn-10-dagen")
        .addString("casus.bpmn", model.replace(">P14D<", ">P10D<"));
    for (String form : java.util.List.of("distribute-handoff.form", "conduct-intake.form", "handle-intake-escalation.form")) {
      deployment.addString(form, java.nio.file.Files.readString(java.nio.file.Path.of("forms", form)));
    }
    String deploymentId = deployment.deploy().getId();
    try {
      ProcessInstance pi = Cases.handOff(port, runtimeService);
      assertThat(task(DISTRIBUTE, pi)).hasDueDate(plus(handoffTime, Duration.ofDays(10)));
      ClockUtil.setCurrentTime(plus(handoffTime, Duration.ofDays(10).plusSeconds(1)));
      execute(job(INTAKE_DEADLINE, pi));
      assertThat(pi).isWaitingAt(HANDLE_INTAKE_ESCALATION);
    } finally {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  private void distribute(ProcessInstance pi, String lead, String partner) {
    formService.submitTaskForm(task(DISTRIBUTE, pi).getId(), Map.of(Variables.LEAD, lead, Variables.PARTNER, partner));
  }

  private long dueJobs(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().executable().count();
  }

  private CaseFile caseFileOf(ProcessInstance pi) {
    return caseFiles.findByReference(pi.getBusinessKey()).orElseThrow();
  }

  private static Date plus(Date date, Duration duration) {
    return Date.from(date.toInstant().plus(duration));
  }
}
