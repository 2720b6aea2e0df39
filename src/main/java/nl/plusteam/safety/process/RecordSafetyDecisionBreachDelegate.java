package nl.plusteam.safety.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.safety.SafetySignalService;

/** "Termijnoverschrijding vastleggen" (meldcode): the missed decision deadline, once, for the KPIs. */
@Component
public class RecordSafetyDecisionBreachDelegate implements JavaDelegate {

  private final SafetySignalService signals;

  RecordSafetyDecisionBreachDelegate(SafetySignalService signals) {
    this.signals = signals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(ReportingCodeProcess.Variables.DECISION_DEADLINE);
    signals.recordDecisionBreach((Long) execution.getVariable(ReportingCodeProcess.Variables.SAFETY_SIGNAL_ID),
        due.toInstant());
  }
}
