package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.handoff.HandoffSummaries;

/**
 * Create listener of the team manager's tasks that choose generalists: puts what the form must show
 * on the task itself (task-local, gone with the task): the generalists with their current number of
 * cases, and a summary of the household without names.
 */
@Component
public class OfferGeneralistsListener implements TaskListener {

  private final GeneralistDirectory generalists;
  private final CaseFileService caseFiles;
  private final HandoffSummaries summaries;
  private final ObjectMapper objectMapper;

  OfferGeneralistsListener(GeneralistDirectory generalists, CaseFileService caseFiles, HandoffSummaries summaries,
      ObjectMapper objectMapper) {
    this.generalists = generalists;
    this.caseFiles = caseFiles;
    this.summaries = summaries;
    this.objectMapper = objectMapper;
  }

  @Override
  public void notify(DelegateTask task) {
    ArrayNode options = objectMapper.createArrayNode();
    java.util.Map<String, Long> openCases = caseFiles.openCaseCounts();
    generalists.generalists().forEach(user -> {
      long cases = openCases.getOrDefault(user.getId(), 0L);
      options.addObject()
          .put("label", GeneralistDirectory.displayName(user) + " — " + cases + (cases == 1 ? " casus" : " casussen"))
          .put("value", user.getId());
    });
    task.setVariableLocal(CaseProcess.Variables.GENERALIST_OPTIONS, SpinValues.jsonValue(options.toString()).create());
    Long caseFileId = (Long) task.getVariable(CaseProcess.Variables.CASE_FILE_ID);
    task.setVariableLocal(CaseProcess.Variables.CASE_SUMMARY,
        summaries.summaryOf(caseFiles.get(caseFileId).getHandoffId()));
  }
}
