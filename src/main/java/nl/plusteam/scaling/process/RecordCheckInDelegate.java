package nl.plusteam.scaling.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.scaling.ScalingService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Contact vastleggen": the monitoring check-in to the dossier; the engine keeps only its outcome. */
@Component
public class RecordCheckInDelegate implements JavaDelegate {

  private final ScalingService scaling;

  RecordCheckInDelegate(ScalingService scaling) {
    this.scaling = scaling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = scaling.recordCheckIn((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        DossierInput.take(execution), Actors.current(execution), Actors.sourceKey(execution));
    execution.setVariable(CaseProcess.Variables.CHECK_IN_OUTCOME, outcome);
  }
}
