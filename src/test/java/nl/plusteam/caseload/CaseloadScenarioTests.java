package nl.plusteam.caseload;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.PlusTeamTest;

/**
 * The weighted caseload against the norm, computed from the running cases with the weights of
 * processes/caseload-weights.dmn. Other tests share the database, so these tests reason in differences.
 */
@PlusTeamTest
class CaseloadScenarioTests {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  TaskService taskService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  CaseloadService caseloads;
  @Autowired
  JdbcTemplate jdbc;

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
  void leadCountsOne_partnerHalf_andACaseInMonitoringCountsWithItsOwnWeight() {
    CaseloadService.Overview before = caseloads.overview();
    walk.toPlanPhase();
    ProcessInstance second = walk.toEvaluation();

    CaseloadService.Overview during = caseloads.overview();
    assertThat(during.of(ANNA).weighted() - before.of(ANNA).weighted()).isCloseTo(2.0, within(1e-9));
    assertThat(during.of(BRAM).weighted() - before.of(BRAM).weighted()).isCloseTo(1.0, within(1e-9));
    assertThat(during.of(ANNA).cases() - before.of(ANNA).cases()).isEqualTo(2);
    assertThat(during.norm()).isEqualTo(23.0);

    ObjectNode evaluation = walk.evaluation(second, "waakvlam");
    evaluation.put("nextStepReason", Dossiers.SCALE_DOWN_REASON);
    processEngine.getFormService().submitTaskForm(task(CaseProcess.Elements.EVALUATE, second).getId(),
        Dossiers.submit(evaluation));

    CaseloadService.Overview after = caseloads.overview();
    assertThat(after.of(ANNA).weighted() - before.of(ANNA).weighted()).as("1 regular + 0.25 in monitoring")
        .isCloseTo(1.25, within(1e-9));
    assertThat(after.of(BRAM).weighted() - before.of(BRAM).weighted()).as("0.5 regular + 0.1 in monitoring")
        .isCloseTo(0.6, within(1e-9));
  }

  @Test
  void casesOfGeneralistsOutsideTheTeamAreNotReadOrCounted() {
    ProcessInstance pi = walk.toPlanPhase();
    CaseloadService.Overview before = caseloads.overview();
    // another team's generalist in the same database (not a member of this team's generalist group)
    assertThat(jdbc.update("update case_file set lead_generalist = ?, partner_generalist = ? "
        + "where process_instance_id = ?", "generalist.elders", "generalist.elders2", pi.getId())).isEqualTo(1);

    CaseloadService.Overview after = caseloads.overview();
    assertThat(after.caseloads()).doesNotContainKeys("generalist.elders", "generalist.elders2");
    assertThat(before.of(ANNA).weighted() - after.of(ANNA).weighted()).as("Anna no longer leads it").isCloseTo(1.0,
        within(1e-9));
    assertThat(before.of(BRAM).weighted() - after.of(BRAM).weighted()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void processOwnerChangesALeadsWeightInTheTable_theCaseloadFollowsWithoutCodeChanges() throws Exception {
    walk.toPlanPhase();
    CaseloadService.Overview before = caseloads.overview();
    String table = Files.readString(Path.of("processes/caseload-weights.dmn"));
    String heavier = table.replace("<outputEntry id=\"outputEntry_regularLeadWeight\"><text>1.0</text>",
        "<outputEntry id=\"outputEntry_regularLeadWeight\"><text>1.5</text>");
    assertThat(heavier).isNotEqualTo(table);
    String deploymentId = repositoryService.createDeployment().name("regisseur-weegt-1.5")
        .addString("caseload-weights.dmn", heavier).deploy().getId();
    try {
      CaseloadService.Overview after = caseloads.overview();
      long regularLeadCases = caseFiles.findAll().stream()
          .filter(c -> ANNA.equals(c.getLeadGeneralist()) && Track.of(c.getStatus()).orElse(null) == Track.REGULIER).count();
      assertThat(after.of(ANNA).weighted() - before.of(ANNA).weighted())
          .as("every regular case Anna leads weighs 0.5 more").isCloseTo(0.5 * regularLeadCases, within(1e-9));
      assertThat(after.leadWeight()).isEqualTo(1.5);
    } finally {
      repositoryService.deleteDeployment(deploymentId, true);
    }
    assertThat(caseloads.overview().of(ANNA).weighted()).isCloseTo(before.of(ANNA).weighted(), within(1e-9));
  }

  @Test
  void distributionShowsTheWeightedCaseload_andWarnsAboveTheNorm_withoutBlocking() throws Exception {
    String table = Files.readString(Path.of("processes/caseload-weights.dmn"));
    String lowNorm = table.replace("<literalExpression id=\"literalExpression_caseloadNorm\"><text>23</text>",
        "<literalExpression id=\"literalExpression_caseloadNorm\"><text>0.75</text>");
    String deploymentId = repositoryService.createDeployment().name("norm-0.75")
        .addString("caseload-weights.dmn", lowNorm).deploy().getId();
    try {
      ProcessInstance pi = walk.handOff();
      String taskId = task(CaseProcess.Elements.DISTRIBUTE, pi).getId();
      String leadOptions = ((JsonValue) taskService.getVariableLocalTyped(taskId, CaseProcess.Variables.GENERALIST_OPTIONS))
          .getValueSerialized();
      String partnerOptions = ((JsonValue) taskService.getVariableLocalTyped(taskId, CaseProcess.Variables.PARTNER_OPTIONS))
          .getValueSerialized();
      assertThat(leadOptions).contains("Anna de Vries — ", " van 0,75 (", "⚠ met deze casus", "boven de norm");
      assertThat(partnerOptions).contains("Anna de Vries — ");

      walk.distribute(pi, ANNA, BRAM);
      assertThat(walk.caseFileOf(pi).getLeadGeneralist()).as("a warning, not a block").isEqualTo(ANNA);
    } finally {
      repositoryService.deleteDeployment(deploymentId, true);
    }
    ProcessInstance normal = walk.handOff();
    String options = ((JsonValue) taskService.getVariableLocalTyped(task(CaseProcess.Elements.DISTRIBUTE, normal).getId(),
        CaseProcess.Variables.GENERALIST_OPTIONS)).getValueSerialized();
    assertThat(options).contains(" van 23 (");
  }
}
