package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.handoff.HandoffSummaries;

/**
 * Create listener of the team manager's tasks that choose generalists: puts what the form must show
 * on the task itself (task-local, gone with the task): the generalists with their weighted caseload
 * against the norm, per role (as lead a new case weighs more than as partner), with a warning where
 * this case would take them above the norm; and a summary of the household without names.
 */
@Component
public class OfferGeneralistsListener implements TaskListener {

  private final GeneralistDirectory generalists;
  private final CaseFileService caseFiles;
  private final CaseloadService caseloads;
  private final HandoffSummaries summaries;
  private final ObjectMapper objectMapper;

  OfferGeneralistsListener(GeneralistDirectory generalists, CaseFileService caseFiles, CaseloadService caseloads,
      HandoffSummaries summaries, ObjectMapper objectMapper) {
    this.generalists = generalists;
    this.caseFiles = caseFiles;
    this.caseloads = caseloads;
    this.summaries = summaries;
    this.objectMapper = objectMapper;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseloadService.Overview overview = caseloads.overview();
    ArrayNode leadOptions = objectMapper.createArrayNode();
    ArrayNode partnerOptions = objectMapper.createArrayNode();
    generalists.generalists().forEach(user -> {
      CaseloadService.Caseload caseload = overview.of(user.getId());
      String name = GeneralistDirectory.displayName(user) + " — " + CaseloadService.format(caseload.weighted())
          + " van " + CaseloadService.format(overview.norm()) + " (" + caseload.cases()
          + (caseload.cases() == 1 ? " casus)" : " casussen)");
      leadOptions.addObject().put("label", name + warning(caseload, overview.leadWeight(), overview.norm()))
          .put("value", user.getId());
      partnerOptions.addObject().put("label", name + warning(caseload, overview.partnerWeight(), overview.norm()))
          .put("value", user.getId());
    });
    task.setVariableLocal(CaseProcess.Variables.GENERALIST_OPTIONS, SpinValues.jsonValue(leadOptions.toString()).create());
    task.setVariableLocal(CaseProcess.Variables.PARTNER_OPTIONS, SpinValues.jsonValue(partnerOptions.toString()).create());
    Long caseFileId = (Long) task.getVariable(CaseProcess.Variables.CASE_FILE_ID);
    task.setVariableLocal(CaseProcess.Variables.CASE_SUMMARY,
        summaries.summaryOf(caseFiles.get(caseFileId).getHandoffId()));
  }

  /** A warning, not a block: the team manager may still choose someone above the norm. */
  static String warning(CaseloadService.Caseload caseload, double weightOfThisCase, double norm) {
    double after = caseload.weighted() + weightOfThisCase;
    return after > norm ? " ⚠ met deze casus " + CaseloadService.format(after) + ": boven de norm" : "";
  }
}
