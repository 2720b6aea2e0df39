package nl.plusteam.scaling.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.evaluation.EvaluationService;
import nl.plusteam.scaling.ScalingService;
import nl.plusteam.system.process.DossierInput;

/**
 * Create listener of "Casus terug naar het CMD": shows the CMD why the PlusTeam scales down and where the
 * family plan stands (runtime only, never in history).
 */
@Component
public class OfferHandbackListener implements TaskListener {

  private final ScalingService scaling;
  private final EvaluationService evaluations;
  private final GeneralistDirectory generalists;

  OfferHandbackListener(ScalingService scaling, EvaluationService evaluations, GeneralistDirectory generalists) {
    this.scaling = scaling;
    this.evaluations = evaluations;
    this.generalists = generalists;
  }

  @Override
  public void notify(DelegateTask task) {
    Long caseFileId = (Long) task.getVariable(CaseProcess.Variables.CASE_FILE_ID);
    ObjectNode data = DossierInput.newObject();
    data.put("handbackReason", scaling.handbackReason(caseFileId));
    data.put("planStatus", evaluations.planStatus(caseFileId));
    data.put("contacts", "Regisseur: " + generalists.contactOf((String) task.getVariable(CaseProcess.Variables.LEAD))
        + "\nDuopartner: " + generalists.contactOf((String) task.getVariable(CaseProcess.Variables.PARTNER)));
    DossierInput.offer(task.getExecution(), data);
  }
}
