package nl.plusteam.casefile;

import static nl.plusteam.casefile.process.CaseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.casefile.process.CaseProcess.Variables;
import nl.plusteam.evaluation.EvaluationService;
import nl.plusteam.familyplan.FamilyPlan;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.familyplan.PlanGoal;
import nl.plusteam.familyplan.PlanStatus;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import static nl.plusteam.support.CaseWalk.days;
import static nl.plusteam.support.CaseWalk.plus;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;
import nl.plusteam.referral.ReferralService;
import nl.plusteam.zrm.ZrmService;

/** The casus model, one test per path of handbook steps 1-6 and 9. Time is moved on the engine clock. */
@PlusTeamTest
class CaseProcessScenarioTests {

  private static final String ANNA = CaseWalk.ANNA;
  private static final String BRAM = CaseWalk.BRAM;
  private static final String CHRIS = CaseWalk.CHRIS;
  private static final ZoneId AMSTERDAM = CaseWalk.AMSTERDAM;

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
  RepositoryService repositoryService;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  DeadlineBreachRepository breaches;
  @Autowired
  CaseFileService caseFileService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  EvaluationService evaluations;
  @Autowired
  ZrmService zrm;
  @Autowired
  ReferralService referrals;

  private Date handoffTime;
  private CaseWalk walk;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
    handoffTime = CaseWalk.now();
  }

  @AfterEach
  void tearDown() {
    CaseWalk.end();
  }

  // --- intake ------------------------------------------------------------------------------------------

  @Test
  void intakeOnTime_planConsentedFirstTime_caseEntersSupport() {
    ProcessInstance pi = walk.handOff();
    assertThat(pi).isWaitingAt(DISTRIBUTE);
    Task distribute = task(DISTRIBUTE, pi);
    assertThat(distribute).hasCandidateGroup("teammanager").hasDueDate(days(handoffTime, 14));
    JsonValue options = taskService.getVariableLocalTyped(distribute.getId(), Variables.GENERALIST_OPTIONS);
    Assertions.assertThat(options.getValueSerialized()).contains(ANNA, BRAM, CHRIS, "casus");
    Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), Variables.INTAKE_DEADLINE_TEXT))
        .matches("(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \\d{1,2} \\p{L}+ \\d{4} om \\d{2}:\\d{2}");

    walk.distribute(pi, ANNA, BRAM);
    Task intake = task(CONDUCT_INTAKE, pi);
    assertThat(intake).isAssignedTo(ANNA).hasDueDate(days(handoffTime, 14));
    Assertions.assertThat(intake.getFollowUpDate()).isEqualTo(days(handoffTime, 10));

    at(plus(handoffTime, Duration.ofDays(3)));
    walk.holdIntake(pi, true);
    assertThat(pi).isWaitingAt(DRAFT_PLAN);
    assertThat(task(DRAFT_PLAN, pi)).isAssignedTo(ANNA).hasDueDate(days(ClockUtil.getCurrentTime(), 42));
    CaseFile caseFile = walk.caseFileOf(pi);
    Assertions.assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.PLANNING);
    Assertions.assertThat(caseFile.getQuestionBehindQuestion()).isEqualTo(Dossiers.QUESTION_BEHIND_QUESTION);
    Assertions.assertThat(zrm.history(caseFile.getId())).singleElement()
        .satisfies(m -> Assertions.assertThat(m.getScores()).hasSize(11).containsValue(2));

    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, true);

    assertThat(pi).isWaitingAt(NEXT_EVALUATION)
        .hasPassedInOrder(START, DETERMINE_INTAKE_TERMS, DISTRIBUTE, ASSIGN, CONDUCT_INTAKE, RECORD_INTAKE, INTAKE_HELD,
            DRAFT_PLAN, RECORD_PLAN, RECORD_CONSENT, STORE_CONSENT, PLAN_CONSENTED)
        .hasNotPassed(RECORD_INTAKE_BREACH, RETURN_CASE, DISCUSS_CASE);
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.SUPPORT);
    Assertions.assertThat(plans.versions(caseFile.getId())).singleElement()
        .extracting(FamilyPlan::getStatus).isEqualTo(PlanStatus.CONSENTED);
    Assertions.assertThat(breaches.findByCaseFileId(caseFile.getId())).isEmpty();
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossier")).as("dossier input left the engine").isNull();
  }

  @Test
  void intakeLate_reminderAtDay10_escalationAtDay14_breachRecordedOnce_notAtDay13() {
    ProcessInstance pi = walk.handOff();
    walk.distribute(pi, ANNA, BRAM);

    at(plus(days(handoffTime, 10), Duration.ofMinutes(-1)));
    Assertions.assertThat(dueJobs(pi)).isZero();
    at(days(handoffTime, 10));
    execute(job(INTAKE_REMINDER, pi));
    assertThat(pi).hasPassed(REMIND_INTAKE);
    Assertions.assertThat(task(CONDUCT_INTAKE, pi).getPriority()).isGreaterThan(60);

    at(days(handoffTime, 13));
    Assertions.assertThat(dueJobs(pi)).as("no deadline due at day 13").isZero();
    at(days(handoffTime, 14));
    Assertions.assertThat(dueJobs(pi)).as("the deadline is due at day 14").isEqualTo(1);
    execute(job(INTAKE_DEADLINE, pi));

    assertThat(pi).hasPassed(RECORD_INTAKE_BREACH).isWaitingAt(HANDLE_INTAKE_ESCALATION, CONDUCT_INTAKE);
    assertThat(task(HANDLE_INTAKE_ESCALATION, pi)).hasCandidateGroup("teammanager");
    Long caseFileId = walk.caseFileOf(pi).getId();
    Assertions.assertThat(breaches.findByCaseFileId(caseFileId)).singleElement().satisfies(b -> {
      Assertions.assertThat(b.getKind()).isEqualTo(DeadlineKind.INTAKE);
      Assertions.assertThat(b.getDueAt()).isEqualTo(days(handoffTime, 14).toInstant());
    });
    caseFileService.recordBreach(caseFileId, DeadlineKind.INTAKE, days(handoffTime, 14).toInstant());
    Assertions.assertThat(breaches.findByCaseFileId(caseFileId)).as("a retried job records nothing twice").hasSize(1);

    formService.submitTaskForm(task(HANDLE_INTAKE_ESCALATION, pi).getId(),
        Map.of(Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.LEAD_PLANS_INTAKE));
    assertThat(pi).hasPassed(ESCALATION_HANDLED).hasNotPassed(REASSIGN_LEAD).isWaitingAt(CONDUCT_INTAKE);
  }

  @Test
  void spoedHandoffOnFriday_deadlineIsThreeWorkingDaysLater_weekendSkipped() {
    ZonedDateTime friday = ZonedDateTime.ofInstant(handoffTime.toInstant(), AMSTERDAM).plusDays(4);
    at(friday);
    ObjectNode spoed = HandoffJson.valid("geldrop-mierlo");
    spoed.put("urgency", "spoed");
    ProcessInstance pi = walk.handOff(spoed);

    Date wednesday = Date.from(friday.plusDays(5).toInstant());
    Date tuesday = Date.from(friday.plusDays(4).toInstant());
    assertThat(task(DISTRIBUTE, pi)).hasDueDate(wednesday);
    Assertions.assertThat(job(INTAKE_DEADLINE, pi).getDuedate()).isEqualTo(wednesday);
    Assertions.assertThat(job(INTAKE_REMINDER, pi).getDuedate()).isEqualTo(tuesday);

    at(Date.from(friday.plusDays(5).minusMinutes(1).toInstant()));
    Assertions.assertThat(executableJob(pi, INTAKE_DEADLINE)).isFalse();
    at(wednesday);
    execute(job(INTAKE_DEADLINE, pi));
    assertThat(pi).isWaitingAt(HANDLE_INTAKE_ESCALATION, DISTRIBUTE);
  }

  @Test
  void householdDoesNotFit_cmdOfTheMunicipalityGetsCasusRetour_caseEndsReturned() {
    ProcessInstance pi = walk.handOff(HandoffJson.valid("waalre"));
    walk.distribute(pi, ANNA, BRAM);
    walk.holdIntake(pi, false);

    assertThat(pi).isWaitingAt(RETURN_CASE);
    Task returnTask = task(RETURN_CASE, pi);
    assertThat(returnTask).hasCandidateGroup("cmd-waalre");
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossier").toString()).contains(Dossiers.RETURN_REASON);
    Http.Response status = Http.basic(port, "cmd.waalre", "cmd.waalre").get("/api/handoffs/" + walk.caseFileOf(pi).getHandoffId());
    Assertions.assertThat(status.json().get("status").asText()).isEqualTo("RETURNED");

    formService.submitTaskForm(returnTask.getId(), Map.of("returnAcknowledged", true));
    assertThat(pi).isEnded().hasPassed(CASE_RETURNED).hasNotPassed(PLAN_PHASE);
    Assertions.assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("dossier").count()).as("dossier never in history").isZero();
  }

  // --- family plan -------------------------------------------------------------------------------------

  @Test
  void planRefusedTwiceThenConsented_everyVersionKept() {
    ProcessInstance pi = walk.toPlanPhase();
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, false);
    assertThat(pi).isWaitingAt(DRAFT_PLAN);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossier").toString())
        .as("the revision starts from the previous version").contains(Dossiers.PROBLEM_STATEMENT);
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, false);
    walk.draftPlan(pi, Dossiers.today().plusMonths(5));
    walk.answerConsent(pi, true);

    assertThat(pi).isWaitingAt(NEXT_EVALUATION).hasNotPassed(DISCUSS_CASE);
    Long caseFileId = walk.caseFileOf(pi).getId();
    Assertions.assertThat(plans.versions(caseFileId)).extracting(FamilyPlan::getVersion, FamilyPlan::getStatus)
        .containsExactly(Assertions.tuple(1, PlanStatus.REFUSED), Assertions.tuple(2, PlanStatus.REFUSED),
            Assertions.tuple(3, PlanStatus.CONSENTED));
    Assertions.assertThat(plans.consents(caseFileId)).hasSize(3);
  }

  @Test
  void planRefusedThreeTimes_teamManagerDiscussesCase_andMayCloseIt() {
    ProcessInstance pi = walk.toPlanPhase();
    for (int round = 1; round <= 3; round++) {
      walk.draftPlan(pi, Dossiers.today().plusMonths(6));
      walk.answerConsent(pi, false);
    }
    assertThat(pi).isWaitingAt(DISCUSS_CASE);
    assertThat(task(DISCUSS_CASE, pi)).hasCandidateGroup("teammanager");

    formService.submitTaskForm(task(DISCUSS_CASE, pi).getId(), Map.of(Variables.DISCUSSION_OUTCOME, "afsluiten"));
    assertThat(pi).hasPassed(PLAN_NOT_AGREED).isWaitingAt(CLOSE_CASE).hasNotPassed(SUPPORT);
    walk.close(pi);
    assertThat(pi).isEnded().hasPassed(CASE_CLOSED);
  }

  @Test
  void planRefusedThreeTimes_teamManagerLetsThePlanBeRedrafted_countingStartsAgain() {
    ProcessInstance pi = walk.toPlanPhase();
    for (int round = 1; round <= 3; round++) {
      walk.draftPlan(pi, Dossiers.today().plusMonths(6));
      walk.answerConsent(pi, false);
    }
    formService.submitTaskForm(task(DISCUSS_CASE, pi).getId(), Map.of(Variables.DISCUSSION_OUTCOME, "plan-opnieuw"));
    assertThat(pi).isWaitingAt(DRAFT_PLAN);
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, false);
    assertThat(pi).as("one refusal after the discussion is round 1 again").isWaitingAt(DRAFT_PLAN);
  }

  @Test
  void incompleteConsent_isRefusedWithAClearMessage_andTheTaskStaysOpen() {
    ProcessInstance pi = walk.toPlanPhase();
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    Task consent = task(RECORD_CONSENT, pi);
    ObjectNode withoutDate = Dossiers.consent(true);
    withoutDate.remove("decidedOn");
    withoutDate.remove("agreedBy");

    assertThatThrownBy(() -> formService.submitTaskForm(consent.getId(), Dossiers.submit(withoutDate)))
        .hasMessageContaining("Vul de datum van het antwoord in")
        .hasMessageContaining("wie namens het gezin");
    assertThat(pi).isWaitingAt(RECORD_CONSENT);
    Assertions.assertThat(plans.consents(walk.caseFileOf(pi).getId())).isEmpty();
  }

  @Test
  void planWithoutGoals_isRefused() {
    ProcessInstance pi = walk.toPlanPhase();
    ObjectNode noGoals = Dossiers.plan();
    assertThatThrownBy(() -> formService.submitTaskForm(task(DRAFT_PLAN, pi).getId(), Dossiers.submit(noGoals)))
        .hasMessageContaining("minstens 1 doel");
    assertThat(pi).isWaitingAt(DRAFT_PLAN);
  }

  @Test
  void planLate_reminderAfterFiveWeeks_escalationAndBreachAfterSix() {
    ProcessInstance pi = walk.toPlanPhase();
    Date planStart = ClockUtil.getCurrentTime();
    at(days(planStart, 35));
    execute(job(PLAN_REMINDER, pi));
    Assertions.assertThat(task(DRAFT_PLAN, pi).getPriority()).isGreaterThan(60);
    at(days(planStart, 41));
    Assertions.assertThat(executableJob(pi, PLAN_DEADLINE)).isFalse();
    at(days(planStart, 42));
    execute(job(PLAN_DEADLINE, pi));
    assertThat(pi).isWaitingAt(HANDLE_PLAN_ESCALATION, DRAFT_PLAN).hasPassed(RECORD_PLAN_BREACH);
    Assertions.assertThat(breaches.findByCaseFileId(walk.caseFileOf(pi).getId()))
        .extracting(DeadlineBreach::getKind).containsExactly(DeadlineKind.FAMILY_PLAN);
  }

  @Test
  void supportCannotBeReachedWithoutAConsentedPlan_evenByModification() {
    ProcessInstance pi = walk.toPlanPhase();
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));

    assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(pi.getId())
        .startBeforeActivity(SUPPORT).execute())
        .hasMessageContaining("Geen ondersteuning zonder gezinsplan");
    assertThat(pi).isWaitingAt(RECORD_CONSENT);
  }

  // --- support, evaluation, closing --------------------------------------------------------------------

  @Test
  void evaluationAfterThreeMonths_continueWithRevisedPlan_needsConsentAgain() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    Date supportStart = ClockUtil.getCurrentTime();
    at(days(supportStart, 80));
    Assertions.assertThat(executableJob(pi, EVALUATION_INTERVAL)).isFalse();
    at(ZonedDateTime.ofInstant(supportStart.toInstant(), AMSTERDAM).plusMonths(3));
    execute(job(EVALUATION_INTERVAL, pi));

    assertThat(pi).isWaitingAt(EVALUATE);
    assertThat(task(EVALUATE, pi)).isAssignedTo(ANNA);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossier").toString())
        .contains(Dossiers.GOAL_RESULT, "Vorige meting", "Financiën 2 · Dagbesteding 2 · Huisvesting 2");
    walk.evaluate(pi, "doorgaan");

    assertThat(pi).hasPassed(RECORD_EVALUATION).hasNotPassed(CLOSE_CASE).isWaitingAt(DRAFT_PLAN);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), "dossier").toString())
        .as("the revision shows the ZRM change per domain").contains("Financiën 2 → 3 (+1)");
    Long caseFileId = walk.caseFileOf(pi).getId();
    Assertions.assertThat(evaluations.of(caseFileId)).singleElement().satisfies(e -> {
      Assertions.assertThat(e.getSatisfaction()).isEqualTo(8);
      Assertions.assertThat(e.getGoals()).singleElement().satisfies(g -> Assertions.assertThat(g.why()).isEqualTo(Dossiers.EVALUATION_WHY));
    });
    Assertions.assertThat(zrm.history(caseFileId)).hasSize(2);
    Assertions.assertThat(ZrmService.change(zrm.history(caseFileId).get(0).getScores(), zrm.history(caseFileId).get(1).getScores()))
        .hasSize(11).containsValue(1);

    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, true);
    assertThat(pi).isWaitingAt(NEXT_EVALUATION);
    Assertions.assertThat(plans.versions(caseFileId)).hasSize(2);
  }

  @Test
  void evaluationAtThePlansLastTargetDate_whenThatComesFirst() {
    LocalDate target = Dossiers.today().plusMonths(2);
    ProcessInstance pi = walk.toSupport(target);
    at(target.atTime(9, 0).atZone(AMSTERDAM));
    Assertions.assertThat(executableJob(pi, PLAN_END_DATE)).isTrue();
    Assertions.assertThat(executableJob(pi, EVALUATION_INTERVAL)).isFalse();
    execute(job(PLAN_END_DATE, pi));
    assertThat(pi).isWaitingAt(EVALUATE);
  }

  @Test
  void evaluationDecidesToClose_caseIsClosed_andTheCmdSeesIt() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    at(ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), AMSTERDAM).plusMonths(3));
    execute(job(EVALUATION_INTERVAL, pi));
    walk.evaluate(pi, "afsluiten");
    assertThat(pi).isWaitingAt(CLOSE_CASE);
    walk.close(pi);

    assertThat(pi).isEnded().hasPassedInOrder(EVALUATE, RECORD_EVALUATION, CLOSE_CASE, RECORD_CLOSING, CASE_CLOSED);
    CaseFile caseFile = walk.caseFileOf(pi);
    Assertions.assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.CLOSED);
    Assertions.assertThat(caseFile.getClosingReason()).isEqualTo(ClosingReason.DOELEN_BEREIKT);
    Assertions.assertThat(caseFile.getClosingSatisfaction()).isEqualTo(9);
    Http.Response status = Http.basic(port, "cmd.geldropmierlo", "cmd.geldropmierlo").get("/api/handoffs/" + caseFile.getHandoffId());
    Assertions.assertThat(status.json().get("status").asText()).isEqualTo("CLOSED");
    Assertions.assertThat(status.json().get("statusLabel").asText()).isEqualTo("Afgesloten");
  }

  @Test
  void referralRecordedDuringSupport_byLeadOrPartnerOnly() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    String reference = pi.getBusinessKey();
    Map<String, Object> referral = Map.of("variables", Map.of("dossier", Map.of("type", "Json",
        "value", Dossiers.referral(reference, "verwijzing").toString())));

    Http.Response byPartner = Http.basic(port, BRAM, BRAM)
        .postJson("/engine-rest/process-definition/key/verwijzing/submit-form", referral);
    Assertions.assertThat(byPartner.status()).as(byPartner.body()).isEqualTo(200);

    Http.Response byOther = Http.basic(port, CHRIS, CHRIS)
        .postJson("/engine-rest/process-definition/key/verwijzing/submit-form", referral);
    Assertions.assertThat(byOther.status()).isEqualTo(400);
    Assertions.assertThat(byOther.json().get("message").asText()).contains("geen regisseur of duopartner");

    Assertions.assertThat(referrals.of(walk.caseFileOf(pi).getId())).singleElement().satisfies(r -> {
      Assertions.assertThat(r.getProvider()).isEqualTo("GGZ Oost Brabant");
      Assertions.assertThat(r.getEstimatedCost()).isEqualByComparingTo("2400.50");
      Assertions.assertThat(r.getRecordedBy()).isEqualTo(BRAM);
    });
    assertThat(pi).isWaitingAt(NEXT_EVALUATION);
  }

  @Test
  void referralBeforeSupport_isRefused() {
    ProcessInstance pi = walk.toPlanPhase();
    Map<String, Object> referral = Map.of("variables", Map.of("dossier", Map.of("type", "Json",
        "value", Dossiers.referral(pi.getBusinessKey(), "eigen-inzet").toString())));
    Http.Response response = Http.basic(port, ANNA, ANNA)
        .postJson("/engine-rest/process-definition/key/verwijzing/submit-form", referral);
    Assertions.assertThat(response.status()).isEqualTo(400);
    Assertions.assertThat(response.json().get("message").asText()).contains("niet in de ondersteuningsfase");
  }

  // --- distribution and escalation details --------------------------------------------------------------

  @Test
  void escalationBeforeDistribution_teamManagerStillDistributes() {
    ProcessInstance pi = walk.handOff();
    at(days(handoffTime, 15));
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
    ProcessInstance pi = walk.handOff();
    walk.distribute(pi, ANNA, BRAM);
    at(plus(days(handoffTime, 14), Duration.ofMinutes(5)));
    execute(job(INTAKE_DEADLINE, pi));

    formService.submitTaskForm(task(HANDLE_INTAKE_ESCALATION, pi).getId(), Map.of(
        Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.REASSIGN, Variables.NEW_LEAD, CHRIS));

    assertThat(pi).hasPassed(REASSIGN_LEAD).isWaitingAt(CONDUCT_INTAKE);
    assertThat(task(CONDUCT_INTAKE, pi)).isAssignedTo(CHRIS);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Variables.LEAD)).isEqualTo(CHRIS);
    Assertions.assertThat(walk.caseFileOf(pi).getLeadGeneralist()).isEqualTo(CHRIS);
  }

  @Test
  void sameGeneralistAsLeadAndPartner_isRefusedAndNothingChanges() {
    ProcessInstance pi = walk.handOff();
    Task distribute = task(DISTRIBUTE, pi);

    assertThatThrownBy(() -> formService.submitTaskForm(distribute.getId(),
        Map.of(Variables.LEAD, ANNA, Variables.PARTNER, ANNA)))
        .hasMessageContaining("twee verschillende generalisten");
    assertThatThrownBy(() -> formService.submitTaskForm(distribute.getId(),
        Map.of(Variables.LEAD, "teammanager", Variables.PARTNER, ANNA)))
        .hasMessageContaining("Kies als regisseur een generalist");

    assertThat(pi).isWaitingAt(DISTRIBUTE);
    Assertions.assertThat(runtimeService.getVariable(pi.getId(), Variables.LEAD)).isNull();
    Assertions.assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.RECEIVED);
  }

  @Test
  void invalidFormInputThroughTheTasklistApi_is400WithTheDutchReason() {
    ProcessInstance pi = walk.handOff();
    Http manager = Http.basic(port, "teammanager", "teammanager");

    Http.Response response = manager.postJson("/engine-rest/task/" + task(DISTRIBUTE, pi).getId() + "/submit-form",
        Map.of("variables", Map.of(Variables.LEAD, Map.of("value", ANNA), Variables.PARTNER, Map.of("value", ANNA))));

    Assertions.assertThat(response.status()).isEqualTo(400);
    Assertions.assertThat(response.json().get("message").asText()).contains("twee verschillende generalisten");
    assertThat(pi).isWaitingAt(DISTRIBUTE);
  }

  @Test
  void intakeWithMissingAndWrongFields_isRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = walk.handOff();
    walk.distribute(pi, ANNA, BRAM);
    ObjectNode intake = Dossiers.intake(true);
    intake.put("intakeDate", Dossiers.today().plusDays(3).toString());
    intake.remove("questionBehindQuestion");
    ((ObjectNode) intake.get("zrm")).put("financien", 7);

    assertThatThrownBy(() -> formService.submitTaskForm(task(CONDUCT_INTAKE, pi).getId(), Dossiers.submit(intake)))
        .hasMessageContaining("niet in de toekomst")
        .hasMessageContaining("vraag achter de vraag")
        .hasMessageContaining("Financiën moet tussen 1 en 5");
    assertThat(pi).isWaitingAt(CONDUCT_INTAKE);
    Assertions.assertThat(walk.caseFileOf(pi).getIntakeHeldOn()).isNull();
  }

  @Test
  void partnerMayTakeOverTheIntake() {
    ProcessInstance pi = walk.handOff();
    walk.distribute(pi, ANNA, BRAM);
    Assertions.assertThat(taskService.getIdentityLinksForTask(task(CONDUCT_INTAKE, pi).getId()))
        .extracting(IdentityLink::getUserId).contains(BRAM);
  }

  @Test
  void processOwnerChangesTheIntakeTermInTheDecisionTable_newCasesUseItWithoutCodeChanges() throws Exception {
    String table = Files.readString(Path.of("processes/intake-terms.dmn"));
    Assertions.assertThat(table).contains("\"P14D\"");
    String deploymentId = repositoryService.createDeployment().name("intaketermijn-10-dagen")
        .addString("intake-terms.dmn", table.replace("<text>\"P14D\"</text>", "<text>\"P10D\"</text>"))
        .deploy().getId();
    try {
      ProcessInstance pi = walk.handOff();
      assertThat(task(DISTRIBUTE, pi)).hasDueDate(days(handoffTime, 10));
    } finally {
      repositoryService.deleteDeployment(deploymentId, true);
    }
    ProcessInstance after = walk.handOff();
    assertThat(task(DISTRIBUTE, after)).hasDueDate(days(handoffTime, 14));
  }

  // --- helpers -----------------------------------------------------------------------------------------

  private long dueJobs(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().executable().count();
  }

  private boolean executableJob(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).executable().count() > 0;
  }

  private void at(ZonedDateTime time) {
    at(Date.from(time.toInstant()));
  }

  private void at(Date time) {
    if (handoffTime == null) {
      handoffTime = time;
    }
    ClockUtil.setCurrentTime(time);
  }
}
