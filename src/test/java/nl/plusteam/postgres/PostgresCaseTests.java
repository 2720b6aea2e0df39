package nl.plusteam.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.DeadlineBreachRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.familyplan.PlanGoal;
import nl.plusteam.support.Cases;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.support.Http;
import nl.plusteam.support.PostgresPlusTeamTest;
import nl.plusteam.support.StoreCounts;

/** The handoff, the intake deadline and a whole case on PostgreSQL, the production database. */
@PostgresPlusTeamTest
class PostgresCaseTests {

  @LocalServerPort
  int port;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService historyService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  FormService formService;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  DeadlineBreachRepository breaches;
  @Autowired
  FamilyPlanService plans;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void runsOnPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class)).isPositive();
  }

  @Test
  void tenConcurrentIdenticalHandoffs_createExactlyOneCase() throws Exception {
    StoreCounts before = StoreCounts.of(jdbc, historyService);
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<Http.Response>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        Callable<Http.Response> submit = () -> {
          start.await();
          return Http.basic(port, "cmd.waalre", "cmd.waalre")
              .postJson("/api/handoffs", HandoffJson.valid("waalre"), key);
        };
        responses.add(pool.submit(submit));
      }
      start.countDown();
      List<String> references = new ArrayList<>();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Http.Response> response : responses) {
        Http.Response r = response.get();
        statuses.add(r.status());
        references.add(r.json().get("caseReference").asText());
      }
      assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
      assertThat(references).hasSize(10).containsOnly(references.get(0));
    } finally {
      pool.shutdownNow();
    }
    StoreCounts after = StoreCounts.of(jdbc, historyService);
    assertThat(after).isEqualTo(new StoreCounts(before.households() + 1, before.members() + 2,
        before.handoffs() + 1, before.cases() + 1, before.processInstances() + 1));
  }

  @Test
  void refusedHandoff_leavesNoRowOnPostgres() {
    StoreCounts before = StoreCounts.of(jdbc, historyService);
    var handoff = HandoffJson.valid("waalre");
    handoff.put("dataSharingConsent", false);
    Http.Response response = Http.basic(port, "cmd.waalre", "cmd.waalre")
        .postJson("/api/handoffs", handoff, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(response.status()).isEqualTo(400);
    assertThat(StoreCounts.of(jdbc, historyService)).isEqualTo(before);
  }

  @Test
  void wholeCaseOnPostgres_fromHandoffToClosing_happyPath() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(new Date());
    ProcessInstance pi = Cases.handOff(port, runtimeService, HandoffJson.valid("waalre"));
    formService.submitTaskForm(task(CaseProcess.Elements.DISTRIBUTE, pi).getId(), Map.of(
        CaseProcess.Variables.LEAD, "generalist.anna", CaseProcess.Variables.PARTNER, "generalist.bram"));
    formService.submitTaskForm(task(CaseProcess.Elements.CONDUCT_INTAKE, pi).getId(), Dossiers.submit(Dossiers.intake(true)));
    formService.submitTaskForm(task(CaseProcess.Elements.DRAFT_PLAN, pi).getId(),
        Dossiers.submit(Dossiers.plan(Dossiers.today().plusMonths(2))));
    formService.submitTaskForm(task(CaseProcess.Elements.RECORD_CONSENT, pi).getId(), Dossiers.submit(Dossiers.consent(true)));
    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.Elements.NEXT_EVALUATION);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(70))));
    execute(job(CaseProcess.Elements.PLAN_END_DATE, pi));
    List<Long> goals = plans.current(caseFiles.findByReference(pi.getBusinessKey()).orElseThrow().getId()).orElseThrow()
        .getGoals().stream().map(PlanGoal::getId).toList();
    formService.submitTaskForm(task(CaseProcess.Elements.EVALUATE, pi).getId(),
        Dossiers.submit(Dossiers.evaluation(goals, "afsluiten")));
    formService.submitTaskForm(task(CaseProcess.Elements.CLOSE_CASE, pi).getId(), Dossiers.submit(Dossiers.closing()));

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CaseProcess.Elements.CASE_CLOSED);
    var caseFile = caseFiles.findByReference(pi.getBusinessKey()).orElseThrow();
    assertThat(caseFile.getStatus()).isEqualTo(nl.plusteam.casefile.CaseStatus.CLOSED);
    assertThat(Http.basic(port, "cmd.waalre", "cmd.waalre").get("/api/handoffs/" + caseFile.getHandoffId()).json()
        .get("status").asText()).isEqualTo("CLOSED");
  }

  @Test
  void intakeDeadlineEscalatesAtDay14OnPostgres() {
    BpmnAwareTests.init(processEngine);
    Date handoffTime = new Date();
    ClockUtil.setCurrentTime(handoffTime);
    ProcessInstance pi = Cases.handOff(port, runtimeService, HandoffJson.valid("waalre"));
    formService.submitTaskForm(task(CaseProcess.Elements.DISTRIBUTE, pi).getId(), Map.of(
        CaseProcess.Variables.LEAD, "generalist.anna", CaseProcess.Variables.PARTNER, "generalist.bram"));

    ClockUtil.setCurrentTime(Date.from(handoffTime.toInstant().plus(Duration.ofDays(13))));
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId(CaseProcess.Elements.INTAKE_DEADLINE).executable().count()).isZero();
    ClockUtil.setCurrentTime(Date.from(handoffTime.toInstant().plus(Duration.ofDays(14).plusSeconds(1))));
    execute(job(CaseProcess.Elements.INTAKE_DEADLINE, pi));

    BpmnAwareTests.assertThat(pi).isWaitingAt(CaseProcess.Elements.HANDLE_INTAKE_ESCALATION,
        CaseProcess.Elements.CONDUCT_INTAKE);
    Long caseFileId = caseFiles.findByReference(pi.getBusinessKey()).orElseThrow().getId();
    assertThat(breaches.findByCaseFileId(caseFileId)).hasSize(1);
  }
}
