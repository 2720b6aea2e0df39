package nl.plusteam.caseload.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ronde caseloadgesprekken starten": the rhythm's timer starts a round, with the talks at the model's default term. */
@Component
public class StartCaseloadRoundDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  StartCaseloadRoundDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the round starts in the timer job's transaction: a failed and retried job leaves no round behind
    runtimeService.startProcessInstanceByKey(CaseloadTalkProcess.KEY);
  }
}
