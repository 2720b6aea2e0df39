package nl.plusteam.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.safety.SafetySignal;
import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Signaal vastleggen en meldcode starten": step 1 goes to the dossier; the case starts the meldcode. */
@Component
public class RaiseSafetySignalDelegate implements JavaDelegate {

  private final SafetySignalService signals;

  RaiseSafetySignalDelegate(SafetySignalService signals) {
    this.signals = signals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafetySignal signal = signals.raise(DossierInput.take(execution), Actors.current(execution),
        execution.getProcessInstanceId());
    // Cockpit finds the signal under the case's reference, like the case and its meldcode
    execution.setProcessBusinessKey(signals.caseReferenceOf(signal));
  }
}
