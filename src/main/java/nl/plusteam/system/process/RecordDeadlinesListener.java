package nl.plusteam.system.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * Start listener for a scope with deadline timers on its boundary: for every timer whose id starts with
 * {@code timer_}, it stores the timer's due date as a process variable named after the rest of the id
 * ({@code timer_intakeDeadline} → {@code intakeDeadline}). Tasks then show that deadline as their due
 * date ({@code camunda:dueDate="${intakeDeadline}"}) and the "Termijn verlopen" filter finds them.
 *
 * <p>So a deadline is written once, in the timer the process owner edits, and never repeated in Java.
 */
@Component
public class RecordDeadlinesListener implements ExecutionListener {

  static final String TIMER_PREFIX = "timer_";

  @Override
  public void notify(DelegateExecution execution) {
    // The timers were created with the scope in this same command; they are not in the database yet,
    // but the scope execution holds them.
    for (JobEntity job : ((ExecutionEntity) execution).getJobs()) {
      if (job instanceof TimerEntity timer && timer.getActivityId() != null
          && timer.getActivityId().startsWith(TIMER_PREFIX)) {
        Date due = timer.getDuedate();
        execution.getProcessInstance().setVariable(variableName(timer.getActivityId()), due);
      }
    }
  }

  static String variableName(String timerId) {
    String rest = timerId.substring(TIMER_PREFIX.length());
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }
}
