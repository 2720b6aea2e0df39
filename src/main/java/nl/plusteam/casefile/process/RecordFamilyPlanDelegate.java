package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.familyplan.FamilyPlan;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Planversie vastleggen": stores the drafted plan as a new version; the engine keeps only its version number. */
@Component
public class RecordFamilyPlanDelegate implements JavaDelegate {

  private final FamilyPlanService plans;

  RecordFamilyPlanDelegate(FamilyPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FamilyPlan plan = plans.draft((Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        DossierInput.take(execution), Actors.current(execution), Actors.sourceKey(execution));
    execution.setVariable(CaseProcess.Variables.PLAN_VERSION, plan.getVersion());
  }
}
