package nl.plusteam.system.process;

import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps dossier input out of the engine's history. Forms put everything that belongs to the dossier
 * under one variable, {@code dossier} (a form group with path "dossier"); history level FULL would copy
 * its value into ACT_HI_VARINST, ACT_HI_DETAIL and the form-property log. This handler drops exactly
 * those events and passes every other event on, so Cockpit's history stays complete for routing facts.
 */
class DossierHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;

  DossierHistoryFilter(HistoryEventHandler delegate) {
    this.delegate = delegate;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isDossier(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      handleEvent(event);
    }
  }

  static boolean isDossier(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return DossierInput.isDossierVariable(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity formProperty) {
      return DossierInput.isDossierVariable(formProperty.getPropertyId());
    }
    return false;
  }
}
