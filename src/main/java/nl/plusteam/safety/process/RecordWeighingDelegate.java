package nl.plusteam.safety.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.system.process.DossierInput;

/**
 * "Weging vastleggen": step 4 goes to the dossier; the three answers of the weighing framework stay in the
 * engine as routing facts for the decision table.
 */
@Component
public class RecordWeighingDelegate implements JavaDelegate {

  private final SafetySignalService signals;

  RecordWeighingDelegate(SafetySignalService signals) {
    this.signals = signals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SafetySignalService.Weighing weighing = signals.recordWeighing(
        (Long) execution.getVariable(ReportingCodeProcess.Variables.SAFETY_SIGNAL_ID), DossierInput.take(execution));
    execution.setVariable(ReportingCodeProcess.Variables.ACUTE_UNSAFETY, weighing.acuteUnsafety());
    execution.setVariable(ReportingCodeProcess.Variables.STRUCTURAL_UNSAFETY, weighing.structuralUnsafety());
    execution.setVariable(ReportingCodeProcess.Variables.HELP_POSSIBLE, weighing.helpPossible());
  }
}
