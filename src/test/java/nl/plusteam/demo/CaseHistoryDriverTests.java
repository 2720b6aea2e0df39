package nl.plusteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.ClosingReason;
import nl.plusteam.casefile.DeadlineBreachRepository;
import nl.plusteam.casefile.DeadlineKind;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.evaluation.Evaluation;
import nl.plusteam.evaluation.EvaluationService;
import nl.plusteam.evaluation.GoalOutcome;
import nl.plusteam.familyplan.FamilyConsent;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.referral.Referral;
import nl.plusteam.referral.ReferralService;
import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.support.PlusTeamTest;
import nl.plusteam.zrm.ZrmDomain;
import nl.plusteam.zrm.ZrmService;

/**
 * The case history driver against the deployed models: scripts with exact offsets produce exactly the dossier
 * facts they describe (dates in 2025, apart from the other tests' cases), and the demo generator's year plays
 * through without a refusal.
 */
@PlusTeamTest
class CaseHistoryDriverTests {

  private static final String ANNA = "generalist.anna";
  private static final String BRAM = "generalist.bram";
  private static final String CHRIS = "generalist.chris";

  @Autowired
  CaseHistoryDriver driver;
  @Autowired
  CaseFileService caseFiles;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  EvaluationService evaluations;
  @Autowired
  ReferralService referrals;
  @Autowired
  ZrmService zrm;
  @Autowired
  DeadlineBreachRepository breaches;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  DemoTeam team;
  @Autowired
  SafetySignalService signals;

  @Test
  void scriptsWithExactOffsets_produceExactlyTheirDossierFacts() {
    ZonedDateTime monday = ZonedDateTime.of(2025, 3, 3, 10, 0, 0, 0, CaseScript.AMSTERDAM);
    CaseScript closed = CaseScript.builder(key("gesloten"), monday).team(ANNA, BRAM)
        .intakeAfterDays(12).zrmAtIntake(CaseScript.zrm(2, ZrmDomain.FINANCIEN, 1))
        .plan(CaseScript.Plan.draftedAfter(10, ZrmDomain.FINANCIEN)
            .goals(new CaseScript.Goal(ZrmDomain.FINANCIEN, 150), new CaseScript.Goal(ZrmDomain.HUISVESTING, 120))
            .refusals(1).consentAfter(5).revisedAfter(4))
        .referral(CaseScript.Referral.referral(20, "GGZ Oost Brabant", "Traumabehandeling", new BigDecimal("2500.00")))
        .evaluation(CaseScript.Evaluation.heldAfter(3).satisfaction(8).zrm(CaseScript.zrm(3))
            .goals(new CaseScript.GoalResult(GoalOutcome.Outcome.REACHED, "Schuldhulp loopt, huur betaald"))
            .next(NextStep.CLOSE))
        .closing(2, ClosingReason.DOELEN_BEREIKT, 9)
        .build();
    ZonedDateTime tuesday = ZonedDateTime.of(2025, 3, 4, 9, 30, 0, 0, CaseScript.AMSTERDAM);
    CaseScript handedBack = CaseScript.builder(key("laat"), tuesday).municipality(Municipality.WAALRE)
        .team(BRAM, CHRIS).distributedAfter(Duration.ofHours(3)).intakeAfterDays(18)
        .plan(CaseScript.Plan.draftedAfter(7, ZrmDomain.HUISVESTING).goals(new CaseScript.Goal(ZrmDomain.HUISVESTING, 200)))
        .evaluation(CaseScript.Evaluation.heldAfter(20).satisfaction(6)
            .revision(CaseScript.Plan.draftedAfter(5, ZrmDomain.HUISVESTING).consentAfter(3)))
        .evaluation(CaseScript.Evaluation.heldAfter(2).satisfaction(7).next(NextStep.BACK_TO_CMD))
        .cmdRespondsAfterDays(3)
        .build();

    CaseHistory history = driver.run(List.of(closed, handedBack), ZonedDateTime.of(2025, 12, 31, 17, 0, 0, 0,
        CaseScript.AMSTERDAM));

    assertThat(history.failures()).isEmpty();
    assertThat(history.cases()).isEqualTo(2);
    assertThat(ClockUtil.getCurrentTime().getTime()).as("the engine clock is back on real time")
        .isCloseTo(System.currentTimeMillis(), within(5_000L));

    // intake after 12 days, one refusal, the revised plan agreed, a referral 20 days later, evaluated 3 days
    // after the three-month timer (consent 8 April: evaluation task 8 July), closed 2 days after that
    CaseFile first = caseFiles.get(history.of(closed).caseFileId());
    assertThat(first.getIntakeHeldOn()).isEqualTo(LocalDate.of(2025, 3, 15));
    assertThat(first.getLeadGeneralist()).isEqualTo(ANNA);
    assertThat(plans.versions(first.getId())).hasSize(2);
    assertThat(plans.consents(first.getId()).stream().sorted(Comparator.comparing(FamilyConsent::getDecidedOn)))
        .extracting(FamilyConsent::getDecidedOn, FamilyConsent::isFamilyAgrees)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 30), false),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 8), true));
    assertThat(referrals.of(first.getId())).singleElement().satisfies(referral -> {
      assertThat(referral.getKind()).isEqualTo(Referral.Kind.REFERRAL);
      assertThat(referral.getStartDate()).isEqualTo(LocalDate.of(2025, 4, 28));
      assertThat(referral.getEstimatedCost()).isEqualByComparingTo("2500");
      assertThat(referral.getRecordedBy()).isEqualTo(ANNA);
    });
    assertThat(evaluations.of(first.getId())).singleElement().satisfies(evaluation -> {
      assertThat(evaluation.getHeldOn()).isEqualTo(LocalDate.of(2025, 7, 11));
      assertThat(evaluation.getSatisfaction()).isEqualTo(8);
      assertThat(evaluation.getGoals()).hasSize(2)
          .allSatisfy(goal -> assertThat(goal.outcome()).isEqualTo(GoalOutcome.Outcome.REACHED));
    });
    assertThat(zrm.history(first.getId())).extracting(m -> m.getScores().get(ZrmDomain.FINANCIEN))
        .containsExactly(1, 3);
    assertThat(first.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(first.getClosedOn()).isEqualTo(LocalDate.of(2025, 7, 13));
    assertThat(first.getClosingSatisfaction()).isEqualTo(9);
    assertThat(breaches.findByCaseFileId(first.getId())).isEmpty();
    assertThat(historicInstance(history.of(closed)).getEndActivityId()).isEqualTo(CaseProcess.Elements.CASE_CLOSED);
    assertThat(completedBy(history.of(closed), CaseProcess.Elements.DISTRIBUTE)).isEqualTo(CaseHistoryDriver.TEAM_MANAGER);
    assertThat(completedBy(history.of(closed), CaseProcess.Elements.CONDUCT_INTAKE)).isEqualTo(ANNA);

    // intake after 18 days: the 14-day term passed first (breach, escalation handled by the team manager); the
    // first evaluation 20 days late and continued, the second after the revised plan's three months: back to the CMD
    CaseFile second = caseFiles.get(history.of(handedBack).caseFileId());
    assertThat(second.getIntakeHeldOn()).isEqualTo(LocalDate.of(2025, 3, 22));
    assertThat(breaches.findByCaseFileId(second.getId())).singleElement().satisfies(breach -> {
      assertThat(breach.getKind()).isEqualTo(DeadlineKind.INTAKE);
      assertThat(breach.getDueAt()).isEqualTo(tuesday.plusDays(14).toInstant());
    });
    assertThat(completedBy(history.of(handedBack), CaseProcess.Elements.HANDLE_INTAKE_ESCALATION))
        .isEqualTo(CaseHistoryDriver.TEAM_MANAGER);
    assertThat(evaluations.of(second.getId())).extracting(Evaluation::getHeldOn, Evaluation::getSatisfaction,
        Evaluation::getNextStep).containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 7, 25), 6, NextStep.CONTINUE),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 11, 4), 7, NextStep.BACK_TO_CMD));
    assertThat(plans.versions(second.getId())).hasSize(2);
    assertThat(second.getStatus()).isEqualTo(CaseStatus.HANDED_BACK);
    assertThat(historicInstance(history.of(handedBack)).getEndActivityId())
        .isEqualTo(CaseProcess.Elements.CASE_HANDED_BACK);
    assertThat(completedBy(history.of(handedBack), CaseProcess.Elements.HAND_BACK_TO_CMD)).isEqualTo("cmd.waalre");
    assertThat(LocalDate.ofInstant(historicInstance(history.of(handedBack)).getEndTime().toInstant(),
        CaseScript.AMSTERDAM)).as("the CMD took it back 3 days after the evaluation").isEqualTo(LocalDate.of(2025, 11, 7));
  }

  @Test
  void notFittingWaakvlamAndStillOpen_eachEndWhereTheScriptSays() {
    ZonedDateTime start = ZonedDateTime.of(2025, 4, 7, 11, 0, 0, 0, CaseScript.AMSTERDAM);
    CaseScript returned = CaseScript.builder(key("retour"), start).municipality(Municipality.WAALRE).team(CHRIS, ANNA)
        .intakeAfterDays(6).notFitting().cmdRespondsAfterDays(4).build();
    CaseScript monitored = CaseScript.builder(key("waakvlam"), start.plusDays(1)).team(BRAM, ANNA)
        .plan(CaseScript.Plan.draftedAfter(3, ZrmDomain.FINANCIEN).consentAfter(2))
        .referral(CaseScript.Referral.ownExpertise(10, "SCHIP-training"))
        .evaluation(CaseScript.Evaluation.heldAfter(0).satisfaction(9).next(NextStep.MONITORING))
        .checkIn(CaseScript.CheckIn.after(4, nl.plusteam.scaling.MonitoringCheckIn.Outcome.CLOSE))
        .closing(1, ClosingReason.DOELEN_BEREIKT, 10)
        .build();
    CaseScript open = CaseScript.builder(key("spoed"), start.plusDays(2)).urgency(nl.plusteam.handoff.Urgency.SPOED)
        .team(ANNA, CHRIS).distributedAfter(Duration.ofHours(2)).intakeAfterDays(2)
        .plan(CaseScript.Plan.draftedAfter(5, ZrmDomain.HUISVESTING).consentAfter(1))
        .build();

    CaseHistory history = driver.run(List.of(returned, monitored, open),
        ZonedDateTime.of(2025, 10, 31, 12, 0, 0, 0, CaseScript.AMSTERDAM));

    assertThat(history.failures()).isEmpty();
    CaseFile notFitting = caseFiles.get(history.of(returned).caseFileId());
    assertThat(notFitting.getStatus()).isEqualTo(CaseStatus.RETURNED);
    assertThat(notFitting.getIntakeHeldOn()).isEqualTo(LocalDate.of(2025, 4, 13));
    assertThat(historicInstance(history.of(returned)).getEndActivityId()).isEqualTo(CaseProcess.Elements.CASE_RETURNED);
    assertThat(completedBy(history.of(returned), CaseProcess.Elements.RETURN_CASE)).isEqualTo("cmd.waalre");

    // intake 18 April, plan 21 April, consent 23 April; evaluation task 23 July, held at once: waakvlam; check-in
    // task three months later, held 4 days after it appeared (27 October); closed the day after
    CaseFile watched = caseFiles.get(history.of(monitored).caseFileId());
    assertThat(referrals.of(watched.getId())).singleElement().satisfies(referral -> {
      assertThat(referral.getKind()).isEqualTo(Referral.Kind.OWN_EXPERTISE);
      assertThat(referral.getStartDate()).isEqualTo(LocalDate.of(2025, 5, 3));
      assertThat(referral.getRecordedBy()).isEqualTo(BRAM);
    });
    assertThat(evaluations.of(watched.getId())).singleElement()
        .satisfies(evaluation -> assertThat(evaluation.getHeldOn()).isEqualTo(LocalDate.of(2025, 7, 23)));
    assertThat(watched.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(watched.getClosedOn()).isEqualTo(LocalDate.of(2025, 10, 28));
    assertThat(watched.getClosingSatisfaction()).isEqualTo(10);

    // spoed: intake within the 3 working days; no evaluation scripted, so the evaluation task stays open
    CaseFile running = caseFiles.get(history.of(open).caseFileId());
    assertThat(running.getIntakeHeldOn()).isEqualTo(LocalDate.of(2025, 4, 11));
    assertThat(breaches.findByCaseFileId(running.getId())).isEmpty();
    assertThat(running.getStatus()).isEqualTo(CaseStatus.SUPPORT);
    assertThat(taskService.createTaskQuery().processInstanceId(history.of(open).processInstanceId())
        .taskDefinitionKey(CaseProcess.Elements.EVALUATE).singleResult().getCreateTime().toInstant())
        .as("three months after the consent of 17 April").isEqualTo(start.plusDays(2 + 2 + 5 + 1).plusMonths(3)
            .toInstant());
  }

  @Test
  void safetySignals_walkTheMeldcode_reportToVeiligThuis_orHandTheCaseOver() {
    ZonedDateTime start = ZonedDateTime.of(2025, 6, 2, 9, 0, 0, 0, CaseScript.AMSTERDAM);
    CaseScript reported = CaseScript.builder(key("melding"), start).team(ANNA, BRAM)
        .plan(CaseScript.Plan.draftedAfter(5, ZrmDomain.FINANCIEN).consentAfter(2))
        .safetySignal(CaseScript.SafetySignal.acute(10, "VT-2025-0042"))
        .build();
    CaseScript handedOver = CaseScript.builder(key("overdracht"), start).team(BRAM, CHRIS)
        .plan(CaseScript.Plan.draftedAfter(5, ZrmDomain.FINANCIEN).consentAfter(2))
        .safetySignal(new CaseScript.SafetySignal(5, 1, 2, false, true, true, "VT-2025-0043", true).handedOver())
        .closing(3, ClosingReason.OVERGEDRAGEN, 6)
        .build();

    CaseHistory history = driver.run(List.of(reported, handedOver), start.plusMonths(2));

    assertThat(history.failures()).isEmpty();
    assertThat(history.safetySignalsRaised()).isEqualTo(2);
    // intake 12 June, plan 17 June, consent 19 June: the acute signal on 29 June, every step that day
    CaseFile first = caseFiles.get(history.of(reported).caseFileId());
    assertThat(signals.of(first.getId())).singleElement().satisfies(signal -> {
      assertThat(signal.getRaisedBy()).isEqualTo(ANNA);
      assertThat(signal.getAssessment()).isEqualTo("acuut");
      assertThat(signal.getDecidedOn()).isEqualTo(LocalDate.of(2025, 6, 29));
      assertThat(signal.getReportReference()).isEqualTo("VT-2025-0042");
      assertThat(signal.getCaseContinues()).isTrue();
    });
    assertThat(breaches.findByCaseFileId(first.getId())).as("decided within 24 hours").isEmpty();
    assertThat(first.getStatus()).isEqualTo(CaseStatus.SUPPORT);

    // structural unsafety, decided 2 days after the weighing (term 5 days), Veilig Thuis takes over: closed 3 days later
    CaseFile second = caseFiles.get(history.of(handedOver).caseFileId());
    assertThat(signals.of(second.getId())).singleElement().satisfies(signal -> {
      assertThat(signal.getRaisedBy()).isEqualTo(BRAM);
      assertThat(signal.getAssessment()).isEqualTo("structureel");
      assertThat(signal.getDecidedOn()).isEqualTo(LocalDate.of(2025, 6, 29));
      assertThat(signal.getCaseContinues()).isFalse();
    });
    assertThat(second.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(second.getClosingReason()).isEqualTo(ClosingReason.OVERGEDRAGEN);
    assertThat(second.getClosedOn()).isEqualTo(LocalDate.of(2025, 7, 2));
    assertThat(historicInstance(history.of(handedOver)).getEndActivityId())
        .isEqualTo(CaseProcess.Elements.CASE_STOPS_AFTER_SIGNAL);
  }

  @Test
  void aRefusedStep_isReportedInDutch_theOtherCasesGoOn_andTheClockIsReset() {
    ZonedDateTime start = ZonedDateTime.of(2025, 5, 5, 10, 0, 0, 0, CaseScript.AMSTERDAM);
    CaseScript unknownLead = CaseScript.builder(key("onbekend"), start).team("generalist.onbekend", BRAM).build();
    CaseScript fine = CaseScript.builder(key("goed"), start).team(ANNA, BRAM).notFitting().build();

    CaseHistory history = driver.run(List.of(unknownLead, fine), start.plusMonths(1));

    assertThat(history.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.script()).isSameAs(unknownLead);
      assertThat(failure.step()).isEqualTo("aanmelding verdelen");
      assertThat(failure.message()).contains("Kies als regisseur een generalist van het PlusTeam.");
    });
    assertThat(caseFiles.get(history.of(fine).caseFileId()).getStatus()).isEqualTo(CaseStatus.RETURNED);
    assertThat(ClockUtil.getCurrentTime().getTime()).isCloseTo(System.currentTimeMillis(), within(5_000L));
  }

  @Test
  void aGeneratedYear_isPlayedThroughTheModels_withTheExpectedSpread() {
    List<String> generalists = team.ensureGeneralists();
    try {
      assertThat(generalists).hasSizeGreaterThanOrEqualTo(30).contains(ANNA, BRAM, CHRIS);
      ZonedDateTime now = ZonedDateTime.now(CaseScript.AMSTERDAM);
      List<CaseScript> scripts = DemoScripts.year(2026, 30, generalists, now);

      CaseHistory history = driver.run(scripts, now);

      System.out.printf("Demo-jaar van 30 casussen: %d ms, %.1f casussen/s, %d taken, %d timers%n",
          history.duration().toMillis(), history.casesPerSecond(), history.tasksCompleted(), history.jobsExecuted());
      assertThat(history.failures()).isEmpty();
      assertThat(history.cases()).isEqualTo(30);
      List<CaseFile> generated = caseFiles.getAll(history.byScript().values().stream()
          .map(CaseHistory.Case::caseFileId).toList());
      assertThat(generated).hasSize(30);
      Map<CaseStatus, Long> statuses = generated.stream()
          .collect(Collectors.groupingBy(CaseFile::getStatus, Collectors.counting()));
      assertThat(statuses).as("closed, running and returned or handed back").containsKey(CaseStatus.CLOSED)
          .containsKey(CaseStatus.SUPPORT);
      assertThat(statuses.keySet()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(generated).extracting(CaseFile::getMunicipality).contains(Municipality.GELDROP_MIERLO,
          Municipality.WAALRE);
      assertThat(history.tasksCompleted()).as("distribution, intake, plan and consent at least").isGreaterThan(4 * 30);
      assertThat(history.duration()).isPositive();
    } finally {
      // other tests count the generalists (caseload talks for exactly Anna, Bram and Chris)
      DemoTeam.colleagueIds().forEach(identityService::deleteUser);
    }
  }

  private HistoricProcessInstance historicInstance(CaseHistory.Case driven) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(driven.processInstanceId())
        .singleResult();
  }

  /** Who completed the case's task at the given element, according to the engine's user operation log. */
  private String completedBy(CaseHistory.Case driven, String taskKey) {
    String taskId = historyService.createHistoricTaskInstanceQuery().processInstanceId(driven.processInstanceId())
        .taskDefinitionKey(taskKey).singleResult().getId();
    return historyService.createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().get(0).getUserId();
  }

  private static String key(String name) {
    return "test-" + name + "-" + UUID.randomUUID();
  }
}
