package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.system.process.DossierInput;

/** "Retour afronden": the CMD has taken the household back; the reason shown to them leaves the engine. */
@Component
public class CompleteReturnDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.removeVariable(DossierInput.VARIABLE);
  }
}
