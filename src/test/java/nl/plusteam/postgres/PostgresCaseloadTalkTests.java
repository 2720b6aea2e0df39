package nl.plusteam.postgres;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static nl.plusteam.support.CaseWalk.CHRIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.caseload.ActionKind;
import nl.plusteam.caseload.CaseActions;
import nl.plusteam.caseload.CaseloadAction;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.caseload.CaseloadTalk;
import nl.plusteam.caseload.CaseloadTalkService;
import nl.plusteam.caseload.process.CaseloadTalkProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.Http;
import nl.plusteam.support.PostgresPlusTeamTest;

/** A caseload talk whose actions act on running cases, on PostgreSQL (migration V4, the grouped caseload queries). */
@PostgresPlusTeamTest
class PostgresCaseloadTalkTests {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  CaseloadTalkService talks;
  @Autowired
  CaseActions actions;
  @Autowired
  CaseloadService caseloads;

  private final ObjectMapper json = new ObjectMapper();
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
  void preparedTalk_handsALeadOver_bringsAnEvaluationForward_andAddsAThirdInvolved() throws Exception {
    ProcessInstance planning = walk.toPlanPhase();
    ProcessInstance support = walk.toSupport(Dossiers.today().plusMonths(6));
    double chrisBefore = caseloads.overview().of(CHRIS).weighted();
    Http.Response started = walk.requestCaseloadRound(Dossiers.today().plusWeeks(2));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String round = json.readTree(started.body()).path("id").asText();

    Task preparation = taskService.createTaskQuery().processInstanceId(round)
        .taskDefinitionKey(CaseloadTalkProcess.Elements.PREPARE).taskAssignee(ANNA).singleResult();
    assertThat(walk.submitTaskAs(ANNA, preparation.getId(),
        json.createObjectNode().put("preparationNotes", "Twee gezinnen lopen vast")).status()).isEqualTo(204);
    Task talk = taskService.createTaskQuery().processInstanceId(round).taskDefinitionKey(CaseloadTalkProcess.Elements.HOLD_TALK)
        .list().stream().filter(t -> ANNA.equals(taskService.getVariable(t.getId(), CaseloadTalkProcess.Variables.GENERALIST)))
        .findFirst().orElseThrow();

    LocalDate agreed = Dossiers.today().plusDays(7);
    ObjectNode held = json.createObjectNode().put("talkNotes", "Afspraken gemaakt");
    held.putObject("action1").put("kind", "regisseur").put("caseReference", planning.getBusinessKey()).put("generalist", CHRIS);
    held.putObject("action2").put("kind", "eerder-evalueren").put("caseReference", support.getBusinessKey())
        .put("date", agreed.toString());
    held.putObject("action3").put("kind", "derde-betrokkene").put("caseReference", support.getBusinessKey())
        .put("generalist", CHRIS);
    assertThat(walk.submitTaskAs("teammanager", talk.getId(), held).status()).isEqualTo(204);

    assertThat(walk.caseFileOf(planning).getLeadGeneralist()).isEqualTo(CHRIS);
    assertThat(walk.caseFileOf(planning).getPartnerGeneralist()).isEqualTo(BRAM);
    assertThat(task(CaseProcess.Elements.DRAFT_PLAN, planning).getAssignee()).isEqualTo(CHRIS);
    assertThat(managementService.createJobQuery().processInstanceId(support.getId())
        .activityId(CaseProcess.Elements.EVALUATION_INTERVAL).singleResult().getDuedate())
        .isEqualTo(Date.from(agreed.atStartOfDay(CaseWalk.AMSTERDAM).toInstant()));
    assertThat(caseloads.overview().of(CHRIS).weighted() - chrisBefore).as("lead of a case in planning + third involved")
        .isCloseTo(1.25, within(1e-9));
    CaseloadTalk recorded = talks.talk(round, ANNA);
    assertThat(recorded.getPrepared()).isTrue();
    assertThat(recorded.getCaseloadNorm().doubleValue()).isEqualTo(23.0);
    assertThat(actions.agreedIn(recorded.getId())).extracting(CaseloadAction::getKind)
        .containsExactly(ActionKind.NEW_LEAD, ActionKind.EVALUATE_EARLIER, ActionKind.THIRD_PARTY);
  }
}
