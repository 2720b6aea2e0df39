package nl.plusteam.caseload.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.caseload.CaseloadTalkService;
import nl.plusteam.system.process.DossierInput;

/** "Als niet voorbereid vastleggen": the preparation deadline passed; the talk goes ahead, marked unprepared. */
@Component
public class RecordUnpreparedDelegate implements JavaDelegate {

  private final CaseloadTalkService talks;

  RecordUnpreparedDelegate(CaseloadTalkService talks) {
    this.talks = talks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.removeVariable(DossierInput.VARIABLE);
    talks.recordUnprepared(execution.getProcessInstanceId(),
        (String) execution.getVariable(CaseloadTalkProcess.Variables.GENERALIST));
  }
}
