package nl.plusteam.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.system.process.DossierInput;

/** "Overleg vastleggen": meldcode step 2, who was consulted and when, to the dossier. */
@Component
public class RecordConsultationDelegate implements JavaDelegate {

  private final SafetySignalService signals;

  RecordConsultationDelegate(SafetySignalService signals) {
    this.signals = signals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signals.recordConsultation((Long) execution.getVariable(ReportingCodeProcess.Variables.SAFETY_SIGNAL_ID),
        DossierInput.take(execution));
  }
}
