package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;

/** "Andere regisseur aanwijzen": after an escalation the team manager hands the intake to another lead. */
@Component
public class ReassignLeadDelegate implements JavaDelegate {

  private final CaseFileService caseFiles;

  ReassignLeadDelegate(CaseFileService caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    caseFiles.reassignLead((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        (String) execution.getVariable(CaseProcess.Variables.NEW_LEAD));
  }
}
