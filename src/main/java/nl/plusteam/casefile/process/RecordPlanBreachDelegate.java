package nl.plusteam.casefile.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.DeadlineKind;

/** "Termijnoverschrijding plan vastleggen": no consented plan within the term; recorded once for the KPI. */
@Component
public class RecordPlanBreachDelegate implements JavaDelegate {

  private final CaseFileService caseFiles;

  RecordPlanBreachDelegate(CaseFileService caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(CaseProcess.Variables.PLAN_DEADLINE);
    caseFiles.recordBreach((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID), DeadlineKind.FAMILY_PLAN,
        due.toInstant());
  }
}
