package nl.plusteam.caseload.process;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.plusteam.caseload.CaseloadTalk;
import nl.plusteam.caseload.CaseloadTalkService;
import nl.plusteam.system.DutchDates;
import nl.plusteam.system.process.DossierInput;

/**
 * Create listener of "Caseloadgesprek voorbereiden" and "Caseloadgesprek voeren": puts the generalist's caseload
 * on the task (see {@link CaseloadForms}). The talk also gets the generalists to choose from for a new role, the
 * generalist's name in its title, and the preparation (dossier content: offered in the talk's own scope, never
 * written to history).
 */
@Component
public class OfferCaseloadTalkListener implements TaskListener {

  private final CaseloadForms forms;
  private final CaseloadTalkService talks;
  private final java.time.Clock clock;

  OfferCaseloadTalkListener(CaseloadForms forms, CaseloadTalkService talks,
      java.time.Clock clock) {
    this.forms = forms;
    this.talks = talks;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String generalist = (String) task.getVariable(CaseloadTalkProcess.Variables.GENERALIST);
    forms.offerCaseload(task, generalist);
    Date talkDate = (Date) task.getVariable(CaseloadTalkProcess.Variables.TALK_DATE);
    task.setVariableLocal(CaseloadTalkProcess.Variables.TALK_DATE_TEXT,
        DutchDates.format(LocalDate.ofInstant(talkDate.toInstant(), clock.getZone())));
    if (CaseloadTalkProcess.Elements.HOLD_TALK.equals(task.getTaskDefinitionKey())) {
      task.setName(task.getName() + ": " + task.getVariableLocal(CaseloadTalkProcess.Variables.GENERALIST_NAME));
      forms.offerGeneralists(task);
      CaseloadTalk talk = talks.talk(task.getProcessInstanceId(), generalist);
      task.setVariableLocal(CaseloadTalkProcess.Variables.PREPARATION_STATUS, Boolean.TRUE.equals(talk.getPrepared())
          ? "Voorbereid op " + DutchDates.format(talk.getPreparedOn()) + "."
          : "⚠ Niet voorbereid: de voorbereiding was niet klaar op " + DutchDates.format(talk.getPreparationDue()) + ".");
      var offered = DossierInput.newObject();
      if (talk.getPreparationNotes() != null) {
        offered.put("preparationNotes", talk.getPreparationNotes());
      }
      DossierInput.offerLocal(task.getExecution(), offered);
    }
  }
}
