package nl.plusteam.simulation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a simulation produced: per reported week the figures a manager watches, a summary over all reported weeks,
 * and how long the run took.
 *
 * @param seconds wall time of the simulation itself (without starting the application)
 */
public record SimulationResult(SimulationInput input, double norm, List<Week> weeks, Summary summary, Run run) {

  public SimulationResult {
    weeks = List.copyOf(weeks);
  }

  /**
   * One simulated week (Monday to Sunday).
   *
   * @param handoffs handoffs received in the week
   * @param backlog at the end of the week: handed off, intake not yet held
   * @param intakesHeld intakes held in the week
   * @param intakesOnTime of those, held within the term (14 days, spoed 3 working days): no intake breach recorded
   * @param onTimePercent intakesOnTime of intakesHeld in percent; {@code null} in a week without intakes
   * @param averageCaseload weighted caseload (caseload-weights.dmn) per generalist at the end of the week, over the
   *     whole team (absent generalists keep their cases)
   * @param maxCaseload the highest weighted caseload of one generalist
   * @param aboveNorm generalists above the norm
   * @param intakeBreaches intake terms that expired in the week (recorded by the model's timer)
   * @param planBreaches plan terms (6 weeks after the intake) that expired in the week
   * @param absent generalists absent, averaged over the working days of the week
   */
  public record Week(int week, LocalDate monday, int handoffs, int backlog, int intakesHeld, int intakesOnTime,
      Double onTimePercent, double averageCaseload, double maxCaseload, int aboveNorm, int intakeBreaches,
      int planBreaches, double absent) {}

  /** Over all reported weeks; the caseload of the last week. */
  public record Summary(int handoffs, int intakesHeld, int intakesOnTime, Double onTimePercent, int intakeBreaches,
      int planBreaches, int backlogAtEnd, double averageCaseloadAtEnd, double maxCaseloadAtEnd, double medianDaysToIntake) {}

  /** The run: cases driven through the models, tasks completed, timers fired, wall time. */
  public record Run(int cases, int tasksCompleted, int jobsExecuted, int failures, LocalDate from, LocalDate until,
      double seconds) {}

  static Double percent(int part, int whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }
}
