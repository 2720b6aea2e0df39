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
 *
 * <p>It also drops the history of task-local variables. Here those are only what a task's form shows while the
 * task is open: the Tasklist columns' copies of process variables ({@link TaskListVariablesPlugin}) and the
 * options and summaries create listeners put on a task. They end with the task; their originals (or the domain
 * store) keep the facts. Their history cost two rows (and JSON ones two byte arrays) per variable on every task,
 * a fifth of a case's SQL statements (LifecycleOverheadBenchmark).
 */
class DossierHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;

  DossierHistoryFilter(HistoryEventHandler delegate) {
    this.delegate = delegate;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!keptOutOfHistory(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      handleEvent(event);
    }
  }

  static boolean keptOutOfHistory(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return DossierInput.isDossierVariable(variable.getVariableName()) || variable.getTaskId() != null;
    }
    if (event instanceof HistoricFormPropertyEventEntity formProperty) {
      return DossierInput.isDossierVariable(formProperty.getPropertyId());
    }
    return false;
  }
}
