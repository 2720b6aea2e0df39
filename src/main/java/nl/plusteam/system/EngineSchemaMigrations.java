package nl.plusteam.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Versioned changes to the engine's own tables (indexes Camunda does not ship), in
 * {@code src/main/resources/db/engine}. They cannot run with the domain migrations: those run before the
 * engine starts, when on a new database the engine's tables do not exist yet. These run right after the
 * engine has created or updated its schema and before the job executor starts, with their own history table.
 */
@Component
class EngineSchemaMigrations extends AbstractProcessEnginePlugin {

  static final String LOCATION = "classpath:db/engine";
  static final String HISTORY_TABLE = "flyway_engine_history";

  private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaMigrations.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    MigrateResult result = Flyway.configure()
        .dataSource(configuration.getDataSource())
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("Engine-tabellen bijgewerkt: {} migratie(s), nu versie {}", result.migrationsExecuted,
          result.targetSchemaVersion);
    }
  }
}
