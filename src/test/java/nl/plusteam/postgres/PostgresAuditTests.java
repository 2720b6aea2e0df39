package nl.plusteam.postgres;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.Http;
import nl.plusteam.support.PostgresPlusTeamTest;

/** The audit trail on PostgreSQL: the read log's migration and its optional filters, the operation log beside it. */
@PostgresPlusTeamTest
class PostgresAuditTests {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  TaskService taskService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;

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
  void annasReadAndCompletion_areInTheDirectorsAuditTrail_withEveryFilter() {
    ProcessInstance pi = walk.handOff();
    walk.distribute(pi, ANNA, BRAM);
    Task intake = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(Http.basic(port, ANNA, ANNA).get("/engine-rest/task/" + intake.getId() + "/form-variables").status())
        .isEqualTo(200);
    assertThat(walk.submitTaskAs(ANNA, intake.getId(), Dossiers.intake(true)).status()).isEqualTo(204);
    String today = Dossiers.today().toString();

    Http director = Http.basic(port, "directeur", "directeur");
    Http.Response all = director.get("/api/audit?casus=" + pi.getBusinessKey() + "&gebruiker=" + ANNA
        + "&van=" + today + "&tot=" + today);
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    List<String> rows = new ArrayList<>();
    for (JsonNode entry : all.json().path("entries")) {
      rows.add(entry.path("kind").asText() + ": " + entry.path("what").asText() + " / " + entry.path("operation").asText());
    }
    assertThat(rows).containsExactlyInAnyOrder(
        "inzage: Formulier van taak 'Intakegesprek voeren' / Inzage",
        "wijziging: Taak 'Intakegesprek voeren' / Taak afgerond");
    assertThat(director.get("/api/audit").status()).isEqualTo(200);
  }
}
