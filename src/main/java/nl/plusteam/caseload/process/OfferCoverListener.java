package nl.plusteam.caseload.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.plusteam.caseload.Availability;

/**
 * Create listener of "Vervanging regelen": the absent generalist's cases (as in the caseload talk), the period of
 * absence, and the available generalists to hand roles to, with their caseload.
 */
@Component
public class OfferCoverListener implements TaskListener {

  /** Task-local, for the form only: the absence as Dutch text. */
  static final String ABSENCE_TEXT = "absenceText";

  private final CaseloadForms forms;
  private final Availability availability;

  OfferCoverListener(CaseloadForms forms, Availability availability) {
    this.forms = forms;
    this.availability = availability;
  }

  @Override
  public void notify(DelegateTask task) {
    String absent = (String) task.getVariable(AbsenceProcess.Variables.ABSENT_GENERALIST);
    forms.offerCaseload(task, absent);
    task.setName(task.getName() + ": " + task.getVariableLocal(CaseloadTalkProcess.Variables.GENERALIST_NAME));
    availability.absencesOf(absent).stream().reduce((first, second) -> second).ifPresent(absence ->
        task.setVariableLocal(ABSENCE_TEXT, "Afwezig " + Availability.period(absence) + " ("
            + absence.getReason().label().toLowerCase(java.util.Locale.ROOT) + ")."));
    forms.offerGeneralists(task);
  }
}
