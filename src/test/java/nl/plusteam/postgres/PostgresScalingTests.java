package nl.plusteam.postgres;

import static nl.plusteam.casefile.process.CaseProcess.Elements.*;
import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.at;
import static nl.plusteam.support.CaseWalk.months;
import static nl.plusteam.support.CaseWalk.now;
import static nl.plusteam.support.CaseWalk.plus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.DeadlineBreachRepository;
import nl.plusteam.casefile.DeadlineKind;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.safety.process.ReportingCodeProcess;
import nl.plusteam.scaling.ScaleEvent;
import nl.plusteam.scaling.ScaleKind;
import nl.plusteam.scaling.ScalingService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.Http;
import nl.plusteam.support.PostgresPlusTeamTest;

/** Scaling up (meldcode with a missed 24-hour deadline) and down (monitoring, relapse) on PostgreSQL. */
@PostgresPlusTeamTest
class PostgresScalingTests {

  @LocalServerPort
  int port;
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
  @Autowired
  DeadlineBreachRepository breaches;
  @Autowired
  SafetySignalService signals;
  @Autowired
  ScalingService scaling;

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
  void acuteSignal_deadlineMissed_directorAsked_thenReportedAndTheCaseGoesOn() {
    ProcessInstance pi = walk.toSupport(Dossiers.today().plusMonths(6));
    Http.Response raised = walk.startFormAs(ANNA, ReportingCodeProcess.RAISE_KEY, Dossiers.safetySignal(pi.getBusinessKey()));
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    ProcessInstance meldcode = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    formService.submitTaskForm(task(ReportingCodeProcess.Elements.CONSULT, meldcode).getId(), Dossiers.submit(Dossiers.consultation()));
    formService.submitTaskForm(task(ReportingCodeProcess.Elements.TALK_WITH_CLIENT, meldcode).getId(), Dossiers.submit(Dossiers.clientTalk()));
    formService.submitTaskForm(task(ReportingCodeProcess.Elements.WEIGH, meldcode).getId(),
        Dossiers.submit(Dossiers.weighing(true, false, false)));

    at(plus(now(), Duration.ofHours(24)));
    walk.executeJob(meldcode, ReportingCodeProcess.Elements.DECISION_DEADLINE);
    BpmnAwareTests.assertThat(task(ReportingCodeProcess.Elements.HANDLE_LATE_DECISION, meldcode)).hasCandidateGroup("directeur");
    Long caseFileId = walk.caseFileOf(pi).getId();
    assertThat(breaches.findByCaseFileId(caseFileId)).extracting(b -> b.getKind()).containsExactly(DeadlineKind.SAFETY_DECISION);

    formService.submitTaskForm(task(ReportingCodeProcess.Elements.DECIDE, meldcode).getId(),
        Dossiers.submit(Dossiers.decision(true, "VT-PG-1", "Jeugdbescherming Brabant", true)));
    assertThat(scaling.of(caseFileId)).extracting(ScaleEvent::getKind)
        .containsExactly(ScaleKind.SAFETY_HELP, ScaleKind.VEILIG_THUIS_REPORT, ScaleKind.CERTIFIED_INSTITUTION);
    assertThat(signals.of(caseFileId).get(0).getReportReference()).isEqualTo("VT-PG-1");
    BpmnAwareTests.assertThat(meldcode).isEnded();
    BpmnAwareTests.assertThat(pi).isWaitingAt(NEXT_EVALUATION).isNotWaitingAt(REPORTING_CODE);
  }

  @Test
  void monitoring_relapse_supportResumesOnTheSameDossier() {
    ProcessInstance pi = walk.toEvaluation();
    ObjectNode evaluation = walk.evaluation(pi, "waakvlam");
    evaluation.put("nextStepReason", Dossiers.SCALE_DOWN_REASON);
    formService.submitTaskForm(task(EVALUATE, pi).getId(), Dossiers.submit(evaluation));
    at(months(now(), 3));
    walk.executeJob(pi, MONITORING_CHECK_IN_TIMER);
    formService.submitTaskForm(task(MONITORING_CHECK_IN, pi).getId(), Dossiers.submit(Dossiers.checkIn("terugval")));
    walk.draftPlan(pi, Dossiers.today().plusMonths(6));
    walk.answerConsent(pi, true);

    BpmnAwareTests.assertThat(pi).isWaitingAt(NEXT_EVALUATION);
    Long caseFileId = walk.caseFileOf(pi).getId();
    assertThat(walk.caseFileOf(pi).getStatus()).isEqualTo(CaseStatus.SUPPORT);
    assertThat(scaling.of(caseFileId)).extracting(ScaleEvent::getKind).containsExactly(ScaleKind.MONITORING, ScaleKind.RELAPSE);
    assertThat(plans.versions(caseFileId)).hasSize(2);
  }
}
