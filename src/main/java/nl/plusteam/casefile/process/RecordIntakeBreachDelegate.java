package nl.plusteam.casefile.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.DeadlineKind;

/** "Termijnoverschrijding vastleggen": the intake deadline passed; recorded once for the KPI. */
@Component
public class RecordIntakeBreachDelegate implements JavaDelegate {

  private final CaseFileService caseFiles;

  RecordIntakeBreachDelegate(CaseFileService caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(CaseProcess.Variables.INTAKE_DEADLINE);
    caseFiles.recordBreach((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        DeadlineKind.INTAKE, due.toInstant());
  }
}
