package nl.plusteam.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Besluit vastleggen": step 5 to the dossier, its measures as scale-ups; the engine keeps whether the case goes on. */
@Component
public class RecordSafetyDecisionDelegate implements JavaDelegate {

  private final SafetySignalService signals;

  RecordSafetyDecisionDelegate(SafetySignalService signals) {
    this.signals = signals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean continues = signals.recordDecision((Long) execution.getVariable(ReportingCodeProcess.Variables.SAFETY_SIGNAL_ID),
        DossierInput.take(execution), Actors.current(execution), Actors.sourceKey(execution));
    execution.setVariable(ReportingCodeProcess.Variables.CASE_CONTINUES, continues);
  }
}
