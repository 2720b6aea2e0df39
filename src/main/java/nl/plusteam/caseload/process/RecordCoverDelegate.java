package nl.plusteam.caseload.process;

import java.util.EnumSet;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.caseload.ActionKind;
import nl.plusteam.caseload.AgreedAction;
import nl.plusteam.caseload.CaseActions;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierFields;
import nl.plusteam.system.process.DossierInput;

/**
 * "Vervanging vastleggen en uitvoeren": the roles the team manager handed over move in the running cases, with
 * their open tasks. Cases left uncovered stay on the "needs cover" list.
 */
@Component
public class RecordCoverDelegate implements JavaDelegate {

  private final CaseActions actions;
  private final CaseloadService caseloads;

  RecordCoverDelegate(CaseActions actions, CaseloadService caseloads) {
    this.actions = actions;
    this.caseloads = caseloads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String absent = (String) execution.getVariable(AbsenceProcess.Variables.ABSENT_GENERALIST);
    DossierFields fields = DossierFields.of(DossierInput.take(execution));
    if (actions.carriedOut(Actors.sourceKey(execution))) {
      // a repeated step: the roles moved already, so checking them again against the cases would refuse them
      return;
    }
    List<AgreedAction> agreed = actions.read(fields,
        EnumSet.of(ActionKind.NEW_LEAD, ActionKind.NEW_PARTNER, ActionKind.AGREEMENT),
        caseloads.detailOf(absent).cases().stream().map(CaseloadService.CaseLine::caseFile).toList());
    actions.carryOut(agreed, null, Actors.current(execution), Actors.sourceKey(execution));
  }
}
