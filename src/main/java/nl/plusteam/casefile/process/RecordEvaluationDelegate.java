package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.evaluation.EvaluationService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Evaluatie vastleggen": stores the evaluation; the engine keeps only the next step. */
@Component
public class RecordEvaluationDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  RecordEvaluationDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String next = evaluations.record((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        DossierInput.take(execution), Actors.current(execution), Actors.sourceKey(execution));
    execution.setVariable(CaseProcess.Variables.NEXT_STEP, next);
    execution.setVariable(CaseProcess.Variables.SUPPORT_TRACK, CaseEngine.supportTrackAfter(next));
  }
}
