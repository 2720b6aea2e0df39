package nl.plusteam.system.process;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * Start listener for a scope with deadline timers on its boundary: for every timer whose id starts with
 * {@code timer_}, it stores the timer's due date as a process variable named after the rest of the id
 * ({@code timer_intakeDeadline} → {@code intakeDeadline}), and the same moment as Dutch text for forms
 * ({@code intakeDeadlineText}: "maandag 7 december 2026 om 14:00"). Tasks then show that deadline as their due
 * date ({@code camunda:dueDate="${intakeDeadline}"}) and the "Termijn verlopen" filter finds them.
 *
 * <p>So a deadline is written once, in the timer the process owner edits, and never repeated in Java.
 */
@Component
public class RecordDeadlinesListener implements ExecutionListener {

  static final String TIMER_PREFIX = "timer_";
  static final String TEXT_SUFFIX = "Text";
  private static final DateTimeFormatter DUTCH = DateTimeFormatter
      .ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"))
      .withZone(ZoneId.of("Europe/Amsterdam"));

  @Override
  public void notify(DelegateExecution execution) {
    // The timers were created with the scope in this same command; they are not in the database yet,
    // but the scope execution holds them.
    for (JobEntity job : ((ExecutionEntity) execution).getJobs()) {
      if (job instanceof TimerEntity timer && timer.getActivityId() != null
          && timer.getActivityId().startsWith(TIMER_PREFIX)) {
        Date due = timer.getDuedate();
        String name = variableName(timer.getActivityId());
        execution.getProcessInstance().setVariable(name, due);
        // Forms show dates as raw ISO text; this is the same moment as Dutch users read it.
        execution.getProcessInstance().setVariable(name + TEXT_SUFFIX, DUTCH.format(due.toInstant()));
      }
    }
  }

  static String variableName(String timerId) {
    String rest = timerId.substring(TIMER_PREFIX.length());
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }
}
