package nl.plusteam.caseload.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.caseload.CaseloadTalkService;
import nl.plusteam.system.process.DossierInput;

/** "Voorbereiding vastleggen": the generalist's points for the talk go to the dossier. */
@Component
public class RecordPreparationDelegate implements JavaDelegate {

  private final CaseloadTalkService talks;

  RecordPreparationDelegate(CaseloadTalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    talks.recordPreparation(execution.getProcessInstanceId(),
        (String) execution.getVariable(CaseloadTalkProcess.Variables.GENERALIST), DossierInput.take(execution));
  }
}
