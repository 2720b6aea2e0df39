package nl.plusteam.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The privacy check over everything a test JVM did: every household name, BSN and free-text note in the domain
 * store is looked for in every engine table (runtime and history variables, byte arrays, tasks, operation log).
 */
public final class PersonalDataScan {

  private PersonalDataScan() {}

  public record Result(int households, int personal, int notes, List<String> noteColumns, Set<String> modelsWalked,
      List<String> found) {}

  public static Result run(DataSource dataSource, RepositoryService repository, HistoryService history)
      throws SQLException {
    DomainSecrets.Secrets secrets = DomainSecrets.collect(dataSource);
    Set<String> walked = new TreeSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      if (history.createHistoricProcessInstanceQuery().processDefinitionKey(definition.getKey()).count() > 0) {
        walked.add(definition.getKey());
      }
    }
    List<String> found = EngineTables.scan(dataSource, secrets.all());
    int households = secrets.personal().size();
    Result result = new Result(households, secrets.personal().size(), secrets.notes().size(), secrets.noteColumns(),
        walked, found);
    System.out.printf("Privacyscan: %d persoonsgegevens en %d vrije teksten uit %d notitiekolommen gezocht in alle "
        + "engine-tabellen; modellen doorlopen: %s; gevonden: %d%n", result.personal(), result.notes(),
        result.noteColumns().size(), walked, found.size());
    found.forEach(line -> System.out.println("  " + line));
    assertThat(secrets.noteColumns()).as("free-text columns found in the domain schema").hasSizeGreaterThan(20);
    return result;
  }
}
