package nl.plusteam.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess.Variables;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.familyplan.PlanGoal;

import static nl.plusteam.casefile.process.CaseProcess.Elements.*;

/**
 * Walks a case through the case model the way its users do: a CMD hands off through the API, then the
 * Tasklist's form submissions (one JSON "dossier" variable per form). Scenario tests use it to reach the
 * step they are about.
 */
public final class CaseWalk {

  public static final String ANNA = "generalist.anna";
  public static final String BRAM = "generalist.bram";
  public static final String CHRIS = "generalist.chris";
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private final int port;
  private final RuntimeService runtimeService;
  private final FormService formService;
  private final ManagementService managementService;
  private final FamilyPlanService plans;
  private final CaseFileRepository caseFiles;

  public CaseWalk(int port, ProcessEngine engine, FamilyPlanService plans, CaseFileRepository caseFiles) {
    this.port = port;
    this.runtimeService = engine.getRuntimeService();
    this.formService = engine.getFormService();
    this.managementService = engine.getManagementService();
    this.plans = plans;
    this.caseFiles = caseFiles;
  }

  /**
   * Starts a scenario: camunda-bpm-assert bound to the engine, and the engine clock on next Monday 10:00 in
   * Dutch time, so that terms in days and working days are easy to read. Pair with {@link #end()}.
   */
  public static CaseWalk begin(int port, ProcessEngine engine, FamilyPlanService plans, CaseFileRepository caseFiles) {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    at(ZonedDateTime.now(AMSTERDAM).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
        .with(java.time.LocalTime.of(10, 0)));
    return new CaseWalk(port, engine, plans, caseFiles);
  }

  /** Puts the engine clock back and releases camunda-bpm-assert. */
  public static void end() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
  }

  public ProcessInstance handOff() {
    return Cases.handOff(port, runtimeService);
  }

  public ProcessInstance handOff(ObjectNode handoff) {
    return Cases.handOff(port, runtimeService, handoff);
  }

  /** Handed off, distributed to Anna (lead) and Bram (partner), intake held: the plan is to be drafted. */
  public ProcessInstance toPlanPhase() {
    ProcessInstance pi = handOff();
    distribute(pi, ANNA, BRAM);
    holdIntake(pi, true);
    return pi;
  }

  /** In support with a consented plan whose last target date is the given day. */
  public ProcessInstance toSupport(LocalDate lastTarget) {
    ProcessInstance pi = toPlanPhase();
    draftPlan(pi, lastTarget);
    answerConsent(pi, true);
    assertThat(pi).isWaitingAt(NEXT_EVALUATION);
    return pi;
  }

  /** In support, then three months later at the evaluation task. */
  public ProcessInstance toEvaluation() {
    ProcessInstance pi = toSupport(Dossiers.today().plusMonths(6));
    at(ZonedDateTime.ofInstant(now().toInstant(), AMSTERDAM).plusMonths(3));
    executeJob(pi, EVALUATION_INTERVAL);
    assertThat(pi).isWaitingAt(EVALUATE);
    return pi;
  }

  public void distribute(ProcessInstance pi, String lead, String partner) {
    formService.submitTaskForm(task(DISTRIBUTE, pi).getId(), Map.of(Variables.LEAD, lead, Variables.PARTNER, partner));
  }

  public void holdIntake(ProcessInstance pi, boolean fits) {
    formService.submitTaskForm(task(CONDUCT_INTAKE, pi).getId(), Dossiers.submit(Dossiers.intake(fits)));
  }

  public void draftPlan(ProcessInstance pi, LocalDate... targets) {
    formService.submitTaskForm(task(DRAFT_PLAN, pi).getId(), Dossiers.submit(Dossiers.plan(targets)));
  }

  public void answerConsent(ProcessInstance pi, boolean agrees) {
    formService.submitTaskForm(task(RECORD_CONSENT, pi).getId(), Dossiers.submit(Dossiers.consent(agrees)));
  }

  public void evaluate(ProcessInstance pi, String nextStep) {
    formService.submitTaskForm(task(EVALUATE, pi).getId(), Dossiers.submit(evaluation(pi, nextStep)));
  }

  /** The evaluation form as the lead fills it in, scoring every goal of the current plan. */
  public ObjectNode evaluation(ProcessInstance pi, String nextStep) {
    List<Long> goalIds = plans.current(caseFileOf(pi).getId()).orElseThrow().getGoals().stream()
        .map(PlanGoal::getId).toList();
    return Dossiers.evaluation(goalIds, nextStep);
  }

  public void close(ProcessInstance pi) {
    formService.submitTaskForm(task(CLOSE_CASE, pi).getId(), Dossiers.submit(Dossiers.closing()));
  }

  /** Completes a task through the REST API the Tasklist uses, as the given demo user (password = user id). */
  public Http.Response submitTaskAs(String user, String taskId, ObjectNode dossier) {
    return Http.basic(port, user, user).postJson("/engine-rest/task/" + taskId + "/submit-form", asFormBody(dossier));
  }

  /** Submits a Tasklist start form through the REST API, as the given demo user. */
  public Http.Response startFormAs(String user, String processKey, ObjectNode dossier) {
    return Http.basic(port, user, user)
        .postJson("/engine-rest/process-definition/key/" + processKey + "/submit-form", asFormBody(dossier));
  }

  /** The team manager starts a round of caseload talks from Tasklist, with the talks on the given day. */
  public Http.Response requestCaseloadRound(LocalDate talkDay) {
    return Http.basic(port, "teammanager", "teammanager").postJson("/engine-rest/process-definition/key/"
        + nl.plusteam.caseload.process.CaseloadTalkProcess.KEY + "/submit-form", Map.of("variables", Map.of(
            nl.plusteam.caseload.process.CaseloadTalkProcess.Variables.PLANNED_TALK_DATE,
            Map.of("type", "String", "value", talkDay.toString()))));
  }

  private static Map<String, Object> asFormBody(ObjectNode dossier) {
    return Map.of("variables", Map.of("dossier", Map.of("type", "Json", "value", dossier.toString())));
  }

  public CaseFile caseFileOf(ProcessInstance pi) {
    return caseFiles.findByReference(pi.getBusinessKey()).orElseThrow();
  }

  /** Executes the due job of a timer (or other job) at the given element. */
  public void executeJob(ProcessInstance pi, String activityId) {
    String jobId = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult().getId();
    managementService.executeJob(jobId);
  }

  public boolean executableJob(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .executable().count() > 0;
  }

  public static Date now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
  }

  public static void at(ZonedDateTime time) {
    at(Date.from(time.toInstant()));
  }

  public static void at(Date time) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(time);
  }

  /** Calendar days in Dutch time, as the engine counts a P14D term (daylight saving time included). */
  public static Date days(Date date, int days) {
    return Date.from(ZonedDateTime.ofInstant(date.toInstant(), AMSTERDAM).plusDays(days).toInstant());
  }

  public static Date months(Date date, int months) {
    return Date.from(ZonedDateTime.ofInstant(date.toInstant(), AMSTERDAM).plusMonths(months).toInstant());
  }

  public static Date plus(Date date, Duration duration) {
    return Date.from(date.toInstant().plus(duration));
  }
}
