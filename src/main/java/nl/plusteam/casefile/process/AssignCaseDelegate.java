package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;

/** "Regisseur en duo vastleggen": records the team manager's choice in the dossier (or refuses it). */
@Component
public class AssignCaseDelegate implements JavaDelegate {

  private final CaseFileService caseFiles;

  AssignCaseDelegate(CaseFileService caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    caseFiles.assign(
        (Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        (String) execution.getVariable(CaseProcess.Variables.LEAD),
        (String) execution.getVariable(CaseProcess.Variables.PARTNER));
  }
}
