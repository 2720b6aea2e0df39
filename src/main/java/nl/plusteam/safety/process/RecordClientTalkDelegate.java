package nl.plusteam.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.system.process.DossierInput;

/** "Gesprek vastleggen": meldcode step 3, the talk with the client or why not, to the dossier. */
@Component
public class RecordClientTalkDelegate implements JavaDelegate {

  private final SafetySignalService signals;

  RecordClientTalkDelegate(SafetySignalService signals) {
    this.signals = signals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signals.recordClientTalk((Long) execution.getVariable(ReportingCodeProcess.Variables.SAFETY_SIGNAL_ID),
        DossierInput.take(execution));
  }
}
