package nl.plusteam.simulation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a manager can vary in the capacity simulator. The defaults are the PlusTeam's own figures where the
 * improvement plan gives them (30 generalists, 19.5% long-term absence) and the simulator's assumptions otherwise
 * (see docs/capaciteitssimulator.md).
 *
 * @param generalists team size
 * @param absencePercent share of generalist-weeks lost to long-term absence (spells of 4-16 weeks)
 * @param handoffsPerWeek mean handoffs per week over the year
 * @param seasonality amplitude of the seasonal spread, 0-0.9: 0.2 = 20% more at the peak (late January), 20% fewer
 *     in the summer; the Christmas weeks get that much fewer too
 * @param urgentPercent share of handoffs with urgency spoed (intake term 3 working days instead of 14 days)
 * @param weeks simulated weeks that are reported
 * @param warmUpWeeks weeks simulated before the reported ones, so the team starts with a caseload
 * @param seed one seed for every random draw: the same input gives the same result
 * @param hoursPerWeek contract hours of a generalist (8 a day, from Monday on, shifted per generalist)
 * @param supportHours hours of support per weighted case per week (the work between the tasks)
 * @param intakeHours intake conversation, including preparation and recording
 * @param planHours drafting a family plan (also a revised one)
 * @param consentHours the talk in which the family agrees to the plan
 * @param evaluationHours an evaluation with the family
 * @param closingHours closing a case
 * @param dailyDistribution true: the team manager distributes new handoffs once a working day (9:00); false: at once
 */
public record SimulationInput(int generalists, double absencePercent, double handoffsPerWeek, double seasonality,
    double urgentPercent, int weeks, int warmUpWeeks, long seed, double hoursPerWeek, double supportHours,
    double intakeHours, double planHours, double consentHours, double evaluationHours, double closingHours,
    boolean dailyDistribution) {

  public static SimulationInput defaults() {
    return new SimulationInput(30, 19.5, 13, 0.2, 10, 52, 26, 42, 32, 0.75, 3, 4, 1.5, 2, 1.5, true);
  }

  /**
   * Every invalid field with a Dutch message, by the name the command line and the dashboard use; empty when the
   * input can be simulated.
   */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    range(problems, "generalisten", generalists, 2, 200, "Het aantal generalisten");
    range(problems, "verzuim", absencePercent, 0, 80, "Het verzuimpercentage");
    range(problems, "aanmeldingenPerWeek", handoffsPerWeek, 0, 200, "Het aantal aanmeldingen per week");
    range(problems, "seizoen", seasonality, 0, 0.9, "De seizoensschommeling");
    range(problems, "spoed", urgentPercent, 0, 100, "Het aandeel spoed");
    range(problems, "weken", weeks, 1, 156, "Het aantal weken");
    range(problems, "inloopweken", warmUpWeeks, 0, 104, "Het aantal inloopweken");
    range(problems, "urenPerWeek", hoursPerWeek, 4, 40, "Het aantal uren per week");
    range(problems, "begeleidingsuren", supportHours, 0, 10, "De begeleidingsuren per gewogen casus per week");
    range(problems, "duurIntake", intakeHours, 0.25, 40, "De duur van een intake");
    range(problems, "duurPlan", planHours, 0.25, 40, "De duur van een gezinsplan");
    range(problems, "duurAkkoord", consentHours, 0.25, 40, "De duur van het akkoordgesprek");
    range(problems, "duurEvaluatie", evaluationHours, 0.25, 40, "De duur van een evaluatie");
    range(problems, "duurAfsluiten", closingHours, 0.25, 40, "De duur van het afsluiten");
    return problems;
  }

  private static void range(Map<String, String> problems, String field, double value, double min, double max,
      String what) {
    if (Double.isNaN(value) || value < min || value > max) {
      problems.put(field, what + " moet tussen " + number(min) + " en " + number(max) + " liggen (nu "
          + number(value) + ").");
    }
  }

  /** A number as Dutch readers write it: 19,5. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    return String.format(Locale.forLanguageTag("nl-NL"), "%.2f", value).replaceAll("0+$", "").replaceAll(",$", "");
  }
}
