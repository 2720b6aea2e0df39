package nl.plusteam.system.process;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Turns a term from a model or decision table ("P14D", "P3D" in working days) into a due date, counted
 * from now on the engine clock in Dutch time. Used in timer expressions:
 * {@code ${deadlineCalendar.after(intakeTerms.deadline, intakeTerms.workingDaysOnly)}}.
 */
@Component
public class DeadlineCalendar {

  private final Clock clock;

  DeadlineCalendar(Clock clock) {
    this.clock = clock;
  }

  public Date after(String term, Boolean workingDaysOnly) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    if (Boolean.TRUE.equals(workingDaysOnly)) {
      return Date.from(plusWorkingDays(now, workingDays(term)).toInstant());
    }
    return Date.from(plus(now, term).toInstant());
  }

  static ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
    ZonedDateTime due = start;
    int counted = 0;
    while (counted < days) {
      due = due.plusDays(1);
      if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return due;
  }

  private static ZonedDateTime plus(ZonedDateTime start, String term) {
    try {
      int t = term.indexOf('T');
      if (t < 0) {
        return start.plus(Period.parse(term));
      }
      ZonedDateTime datePart = t == 1 ? start : start.plus(Period.parse(term.substring(0, t)));
      return datePart.plus(Duration.parse("P" + term.substring(t)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Termijn '" + term + "' is geen geldige ISO-8601-duur (bijvoorbeeld P14D)", e);
    }
  }

  private static int workingDays(String term) {
    Period period;
    try {
      period = Period.parse(term);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Een termijn in werkdagen moet in dagen zijn (bijvoorbeeld P3D), niet '" + term + "'", e);
    }
    if (period.getYears() != 0 || period.getMonths() != 0) {
      throw new IllegalArgumentException("Een termijn in werkdagen moet in dagen zijn (bijvoorbeeld P3D), niet '" + term + "'");
    }
    return period.getDays();
  }
}
