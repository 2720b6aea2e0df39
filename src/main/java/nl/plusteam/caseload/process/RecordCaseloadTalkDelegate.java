package nl.plusteam.caseload.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.caseload.CaseloadTalkService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Afspraken vastleggen en uitvoeren": the talk's notes to the dossier; agreed actions act on the cases. */
@Component
public class RecordCaseloadTalkDelegate implements JavaDelegate {

  private final CaseloadTalkService talks;

  RecordCaseloadTalkDelegate(CaseloadTalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    talks.recordTalk(execution.getProcessInstanceId(),
        (String) execution.getVariable(CaseloadTalkProcess.Variables.GENERALIST), DossierInput.take(execution),
        Actors.current(execution), Actors.sourceKey(execution));
  }
}
