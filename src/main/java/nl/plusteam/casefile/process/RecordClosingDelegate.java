package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.system.process.DossierInput;

/** "Afsluiting vastleggen": the closing facts go to the dossier; the CMD then sees the case closed. */
@Component
public class RecordClosingDelegate implements JavaDelegate {

  private final CaseFileService caseFiles;

  RecordClosingDelegate(CaseFileService caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    caseFiles.close((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID), DossierInput.take(execution));
  }
}
