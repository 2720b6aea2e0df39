package nl.plusteam.caseload.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.plusteam.system.process.DossierInput;

/**
 * Start listener of "Caseloadgesprek per generalist": the talks of a round run side by side, so each gets its own
 * {@code dossier} variable in its own scope; form input then stays with its talk instead of meeting the other
 * talks' input on the round.
 */
@Component
public class OpenTalkDossierListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DossierInput.offerLocal(execution, DossierInput.newObject());
  }
}
