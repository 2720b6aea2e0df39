package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.plusteam.familyplan.FamilyPlanService;

/**
 * Start listener of the support phase: no support without a plan version the family and the lead agreed
 * to. It checks the dossier, not a process variable, so neither a model edit nor a Cockpit modification
 * can move a case into support without consent.
 */
@Component
public class RequireConsentedPlanListener implements ExecutionListener {

  private final FamilyPlanService plans;

  RequireConsentedPlanListener(FamilyPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long caseFileId = (Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID);
    if (!plans.currentPlanIsConsented(caseFileId)) {
      throw new ProcessEngineException("Geen ondersteuning zonder gezinsplan waarmee gezin en regisseur akkoord zijn "
          + "(casus " + execution.getProcessBusinessKey() + ").");
    }
  }
}
