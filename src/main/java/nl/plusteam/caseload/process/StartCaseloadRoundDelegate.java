package nl.plusteam.caseload.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ronde caseloadgesprekken starten": the rhythm's timer starts a round, with the talks at the model's default term. */
@Component
public class StartCaseloadRoundDelegate implements JavaDelegate {

  /** The step (activity instance) that started this rhythm's round. */
  static final String STARTED_BY = "roundStartedBy";

  private final RuntimeService runtimeService;

  StartCaseloadRoundDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the round starts in the timer job's transaction: a failed and retried job leaves no round behind. A step run
    // twice in one transaction finds the round it started on its own execution (the engine's queries would not see
    // it before the commit) and starts no second one.
    if (execution.getActivityInstanceId().equals(execution.getVariableLocal(STARTED_BY))) {
      return;
    }
    runtimeService.startProcessInstanceByKey(CaseloadTalkProcess.KEY);
    execution.setVariableLocal(STARTED_BY, execution.getActivityInstanceId());
  }
}
