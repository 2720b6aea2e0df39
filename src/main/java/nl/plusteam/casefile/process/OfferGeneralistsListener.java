package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;


import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.caseload.process.CaseloadForms;
import nl.plusteam.handoff.HandoffSummaries;

/**
 * Create listener of the team manager's tasks that choose generalists: puts what the form must show
 * on the task itself (task-local, gone with the task): the generalists with their weighted caseload
 * against the norm, per role (as lead a new case weighs more than as partner), with a warning where
 * this case would take them above the norm (absent generalists are not offered: they get no new cases); and a
 * summary of the household without names.
 */
@Component
public class OfferGeneralistsListener implements TaskListener {

  private final CaseFileService caseFiles;
  private final CaseloadService caseloads;
  private final CaseloadForms forms;
  private final HandoffSummaries summaries;

  OfferGeneralistsListener(CaseFileService caseFiles, CaseloadService caseloads, CaseloadForms forms,
      HandoffSummaries summaries) {
    this.caseFiles = caseFiles;
    this.caseloads = caseloads;
    this.forms = forms;
    this.summaries = summaries;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseloadService.Overview overview = caseloads.overview();
    task.setVariableLocal(CaseProcess.Variables.GENERALIST_OPTIONS,
        forms.json(forms.generalistOptions(overview, overview.leadWeight())));
    task.setVariableLocal(CaseProcess.Variables.PARTNER_OPTIONS,
        forms.json(forms.generalistOptions(overview, overview.partnerWeight())));
    Long caseFileId = (Long) task.getVariable(CaseProcess.Variables.CASE_FILE_ID);
    task.setVariableLocal(CaseProcess.Variables.CASE_SUMMARY,
        summaries.summaryOf(caseFiles.get(caseFileId).getHandoffId()));
  }
}
