package nl.plusteam.safety.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.system.process.DossierInput;

/** Create listener of the meldcode's tasks: shows the signal and the steps so far (runtime only, never in history). */
@Component
public class OfferSafetySignalListener implements TaskListener {

  private final SafetySignalService signals;

  OfferSafetySignalListener(SafetySignalService signals) {
    this.signals = signals;
  }

  @Override
  public void notify(DelegateTask task) {
    DossierInput.offer(task.getExecution(),
        signals.asFormData((Long) task.getVariable(ReportingCodeProcess.Variables.SAFETY_SIGNAL_ID)));
  }
}
