package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.IntakeService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Intake vastleggen": moves the intake form's dossier input to the domain store; keeps only whether the household fits. */
@Component
public class RecordIntakeDelegate implements JavaDelegate {

  private final IntakeService intakes;

  RecordIntakeDelegate(IntakeService intakes) {
    this.intakes = intakes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean fits = intakes.record((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        DossierInput.take(execution), Actors.current(execution), Actors.sourceKey(execution));
    execution.setVariable(CaseProcess.Variables.HOUSEHOLD_FITS, fits);
  }
}
