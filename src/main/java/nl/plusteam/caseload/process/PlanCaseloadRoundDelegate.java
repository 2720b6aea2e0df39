package nl.plusteam.caseload.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.caseload.CaseloadTalkService;
import nl.plusteam.system.DutchDates;

/**
 * "Ronde plannen": the day of the talks (the team manager's choice, or {@code talkAfter} after the round starts)
 * and the preparation deadline ({@code preparationBefore} earlier); both terms are input parameters of this task
 * in the model. Every available generalist gets a talk.
 */
@Component
public class PlanCaseloadRoundDelegate implements JavaDelegate {

  /** The talks are planned at this hour of the talk day; the preparation is due at the same hour. */
  static final int TALK_HOUR = 9;

  private final CaseloadTalkService talks;
  private final Clock clock;

  PlanCaseloadRoundDelegate(CaseloadTalkService talks, Clock clock) {
    this.talks = talks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Period preparationBefore = term(execution, CaseloadTalkProcess.Variables.PREPARATION_BEFORE);
    ZonedDateTime now = ZonedDateTime.now(clock);
    Object planned = execution.getVariable(CaseloadTalkProcess.Variables.PLANNED_TALK_DATE);
    LocalDate talkDay = planned == null || planned.toString().isBlank()
        ? now.plus(term(execution, CaseloadTalkProcess.Variables.TALK_AFTER)).toLocalDate()
        : parse(planned.toString());
    ZonedDateTime talkAt = talkDay.atTime(TALK_HOUR, 0).atZone(clock.getZone());
    ZonedDateTime preparationDue = talkAt.minus(preparationBefore);
    if (!preparationDue.isAfter(now)) {
      throw new InvalidCaseInputException("Kies een gespreksdatum na " + DutchDates.format(now.plus(preparationBefore)
          .toLocalDate()) + ": de generalisten moeten hun gesprek kunnen voorbereiden, en de voorbereiding moet "
          + "klaar zijn vóór " + DutchDates.format(preparationDue.toLocalDate()) + ".");
    }
    talks.planRound(execution.getProcessInstanceId(), talkDay, preparationDue.toLocalDate());
    // Cockpit and Tasklist name the round by its day: "caseloadronde-2026-12-14"
    execution.setProcessBusinessKey("caseloadronde-" + talkDay);
    execution.setVariable(CaseloadTalkProcess.Variables.TALK_DATE, Date.from(talkAt.toInstant()));
    execution.setVariable(CaseloadTalkProcess.Variables.PREPARATION_DEADLINE, Date.from(preparationDue.toInstant()));
  }

  private static Period term(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    try {
      return Period.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("Het model caseloadgesprek.bpmn geeft voor '" + name + "' geen geldige termijn in"
          + " dagen of weken (bijv. P2W): " + value, e);
    }
  }

  private static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidCaseInputException("De gespreksdatum is geen geldige datum (jjjj-mm-dd).");
    }
  }
}
