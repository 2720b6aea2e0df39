package nl.plusteam.casefile.process;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/**
 * "Akkoord vastleggen": stores the family's answer. Routing facts for the engine: whether the plan is
 * agreed, how many rounds went without agreement, and the plan's last target date (the final evaluation).
 */
@Component
public class RecordFamilyConsentDelegate implements JavaDelegate {

  /** Evaluations planned on a target date are due in the morning of that day. */
  static final LocalTime EVALUATION_TIME = LocalTime.of(9, 0);

  private final FamilyPlanService plans;
  private final CaseFileService caseFiles;

  RecordFamilyConsentDelegate(FamilyPlanService plans, CaseFileService caseFiles) {
    this.plans = plans;
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long caseFileId = (Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID);
    // A number: the model may reset it with an expression (${0} is a Long).
    Number rounds = (Number) execution.getVariable(CaseProcess.Variables.CONSENT_ROUNDS);
    int refusals = rounds == null ? 0 : rounds.intValue();
    FamilyPlanService.ConsentOutcome outcome = plans.recordConsent(caseFileId, refusals + 1,
        DossierInput.take(execution), Actors.current(execution), Actors.sourceKey(execution));
    execution.setVariable(CaseProcess.Variables.PLAN_CONSENTED, outcome.consented());
    if (outcome.consented()) {
      execution.setVariable(CaseProcess.Variables.CONSENT_ROUNDS, 0);
      execution.setVariable(CaseProcess.Variables.PLAN_END_DATE, Date.from(outcome.lastTargetDate()
          .atTime(EVALUATION_TIME).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
      caseFiles.startSupport(caseFileId);
    } else {
      // the round the dossier recorded, not the variable plus one: a repeated step must not count a refusal twice
      execution.setVariable(CaseProcess.Variables.CONSENT_ROUNDS, outcome.round());
    }
  }
}
