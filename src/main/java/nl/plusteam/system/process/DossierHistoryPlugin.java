package nl.plusteam.system.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/** Installs the {@link DossierHistoryFilter} in front of the engine's database history. */
@Component
class DossierHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new DossierHistoryFilter(new DbHistoryEventHandler()));
  }
}
