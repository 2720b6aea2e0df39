package nl.plusteam.scaling.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.scaling.ScalingService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Afschalen vastleggen en doorzetten": the team manager's decision to the dossier, then the case moves on. */
@Component
public class ScaleDownCaseDelegate implements JavaDelegate {

  private final ScalingService scaling;

  ScaleDownCaseDelegate(ScalingService scaling) {
    this.scaling = scaling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = scaling.scaleDownByTeamManager(DossierInput.take(execution), Actors.current(execution),
        execution.getProcessInstanceId()).getReference();
    execution.setProcessBusinessKey(reference);
  }
}
