package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Regisseur herinneren": a deadline is near. The open tasks of this case move to the top of the
 * Tasklist (priority) and into the "Opvolgen" filter (follow-up date now).
 */
@Component
public class RemindOpenTasksDelegate implements JavaDelegate {

  private final CaseEngine engine;

  RemindOpenTasksDelegate(CaseEngine engine) {
    this.engine = engine;
  }

  @Override
  public void execute(DelegateExecution execution) {
    engine.remindOpenTasks(execution.getProcessInstanceId());
  }
}
