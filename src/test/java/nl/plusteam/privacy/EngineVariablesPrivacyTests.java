package nl.plusteam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.plusteam.support.PersonalDataScan;
import nl.plusteam.support.PlusTeamTest;
import nl.plusteam.support.RunsLast;

/**
 * After every scenario of this test JVM has run (they share this application context and its database), no
 * engine table holds a BSN, a household member's name (the generated demo households included) or any free-text
 * note from the dossier. Runs last ({@link RunsLast}); it fails when run alone, because then there is nothing
 * to check.
 */
@PlusTeamTest
@RunsLast
class EngineVariablesPrivacyTests {

  @Autowired
  DataSource dataSource;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;

  @Test
  void noPersonalDataOrNotesInAnyEngineTable_afterEveryScenario() throws Exception {
    PersonalDataScan.Result result = PersonalDataScan.run(dataSource, repositoryService, historyService);

    assertThat(result.modelsWalked())
        .as("every process model was walked by the scenarios before this test (run it with ./mvnw verify)")
        .containsAll(repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
            .map(d -> d.getKey()).toList());
    assertThat(result.households()).as("household members' names and BSNs to look for").isGreaterThan(100);
    assertThat(result.notes()).as("free-text notes to look for").isGreaterThan(100);
    assertThat(result.found()).as("personal data or notes found in engine tables").isEmpty();
  }
}
