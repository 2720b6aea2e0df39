package nl.plusteam.security;

import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * The task list as Tasklist loads it (a filter's list in HAL, with the filter's variables): a generalist
 * with two cases must tell their tasks apart by case reference.
 */
@PlusTeamTest
class TasklistListTests {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  FilterService filterService;
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
  void myTasks_showTheCaseReferenceOfEachTask_toTheGeneralist() {
    ProcessInstance first = walk.toPlanPhase();
    ProcessInstance second = walk.handOff();
    walk.distribute(second, ANNA, BRAM);

    List<String> references = caseReferencesInList(ANNA, TasklistFilters.MY_TASKS);

    assertThat(references).contains(first.getBusinessKey(), second.getBusinessKey());
  }

  @Test
  void groupTasks_showTheCaseReference_toTheDuoPartner() {
    ProcessInstance pi = walk.toPlanPhase();

    assertThat(caseReferencesInList(BRAM, TasklistFilters.GROUP_TASKS)).contains(pi.getBusinessKey());
  }

  private List<String> caseReferencesInList(String user, String filterName) {
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    Http.Response list = Http.basic(port, user, user).postJson("/engine-rest/filter/" + filterId + "/list?maxResults=200",
        Map.of(), Map.of("Accept", "application/hal+json"));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<String> references = new ArrayList<>();
    for (JsonNode task : list.json().path("_embedded").path("task")) {
      for (JsonNode variable : task.path("_embedded").path("variable")) {
        if ("caseReference".equals(variable.path("name").asText())) {
          references.add(variable.path("value").asText());
        }
      }
    }
    return references;
  }
}
