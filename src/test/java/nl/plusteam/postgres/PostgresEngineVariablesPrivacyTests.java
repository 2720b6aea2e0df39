package nl.plusteam.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.plusteam.support.PersonalDataScan;
import nl.plusteam.support.PostgresPlusTeamTest;
import nl.plusteam.support.RunsLast;

/** The privacy scan of {@code EngineVariablesPrivacyTests} over what the PostgreSQL tests left behind. */
@PostgresPlusTeamTest
@RunsLast
class PostgresEngineVariablesPrivacyTests {

  @Autowired
  DataSource dataSource;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  HistoryService historyService;

  @Test
  void noPersonalDataOrNotesInAnyEngineTable_afterEveryPostgresScenario() throws Exception {
    PersonalDataScan.Result result = PersonalDataScan.run(dataSource, repositoryService, historyService);

    assertThat(result.modelsWalked()).as("models walked by the PostgreSQL scenarios before this test")
        .contains("casus");
    assertThat(result.households()).as("household members' names and BSNs to look for").isGreaterThan(10);
    assertThat(result.found()).as("personal data or notes found in engine tables").isEmpty();
  }
}
