package nl.plusteam.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.casefile.process.CaseProcess.Variables;
import nl.plusteam.support.Cases;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.familyplan.PlanGoal;
import nl.plusteam.support.EngineTables;
import nl.plusteam.support.PlusTeamTest;

/**
 * Whatever enters the engine shows in Cockpit and its history. After a case has walked every path of the
 * case, no engine table (runtime, history, byte arrays, operation log) holds a household member's
 *  name, a BSN, the triage summary, the CMD contact or any dossier text from the forms.
 */
@PlusTeamTest
class EnginePrivacyTests {

  @LocalServerPort
  int port;
  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  FormService formService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void noPersonalOrDossierDataInAnyEngineTable_afterAWholeCase() throws Exception {
    BpmnAwareTests.init(processEngine);
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    formService.submitTaskForm(task(CaseProcess.Elements.DISTRIBUTE, pi).getId(),
        Map.of(Variables.LEAD, "generalist.anna", Variables.PARTNER, "generalist.bram"));
    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofDays(15))));
    execute(job(CaseProcess.Elements.INTAKE_DEADLINE, pi));
    formService.submitTaskForm(task(CaseProcess.Elements.HANDLE_INTAKE_ESCALATION, pi).getId(), Map.of(
        Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.REASSIGN, Variables.NEW_LEAD, "generalist.chris"));
    formService.submitTaskForm(task(CaseProcess.Elements.CONDUCT_INTAKE, pi).getId(), Dossiers.submit(Dossiers.intake(true)));
    formService.submitTaskForm(task(CaseProcess.Elements.DRAFT_PLAN, pi).getId(),
        Dossiers.submit(Dossiers.plan(Dossiers.today().plusMonths(6))));
    formService.submitTaskForm(task(CaseProcess.Elements.RECORD_CONSENT, pi).getId(), Dossiers.submit(Dossiers.consent(false)));
    formService.submitTaskForm(task(CaseProcess.Elements.DRAFT_PLAN, pi).getId(),
        Dossiers.submit(Dossiers.plan(Dossiers.today().plusMonths(6))));
    formService.submitTaskForm(task(CaseProcess.Elements.RECORD_CONSENT, pi).getId(), Dossiers.submit(Dossiers.consent(true)));
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(100))));
    execute(job(CaseProcess.Elements.PLAN_END_DATE, pi));
    List<Long> goals = plans.current(caseFiles.findByReference(pi.getBusinessKey()).orElseThrow().getId()).orElseThrow()
        .getGoals().stream().map(PlanGoal::getId).toList();
    formService.submitTaskForm(task(CaseProcess.Elements.EVALUATE, pi).getId(),
        Dossiers.submit(Dossiers.evaluation(goals, "afsluiten")));
    formService.submitTaskForm(task(CaseProcess.Elements.CLOSE_CASE, pi).getId(), Dossiers.submit(Dossiers.closing()));
    BpmnAwareTests.assertThat(pi).isEnded();

    List<String> found = EngineTables.scan(dataSource, List.of(HandoffJson.PARENT_NAME, HandoffJson.CHILD_NAME, HandoffJson.BSN,
        HandoffJson.TRIAGE_SUMMARY.substring(0, 20), HandoffJson.CONTACT_NAME, HandoffJson.CONTACT_EMAIL,
        Dossiers.QUESTION_BEHIND_QUESTION, Dossiers.PROBLEM_STATEMENT, Dossiers.GOAL_RESULT, Dossiers.EVALUATION_WHY,
        "Gezin wil eerst de huurschuld", "Moeder, namens het gezin"));

    assertThat(found).as("personal or dossier data found in engine tables").isEmpty();
  }
}
