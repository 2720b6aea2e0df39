package nl.plusteam.simulation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The result as a Dutch text table, for the command line. */
final class SimulationReport {

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy", DUTCH);

  private SimulationReport() {}

  static String text(SimulationResult result) {
    StringBuilder out = new StringBuilder();
    SimulationInput in = result.input();
    out.append(String.format(DUTCH, "Capaciteitssimulatie PlusTeam: %d generalisten (%s uur/week), verzuim %s%%, "
            + "%s aanmeldingen/week (seizoen ±%s%%), spoed %s%%, seed %d%n", in.generalists(),
        SimulationInput.number(in.hoursPerWeek()), SimulationInput.number(in.absencePercent()),
        SimulationInput.number(in.handoffsPerWeek()), SimulationInput.number(in.seasonality() * 100),
        SimulationInput.number(in.urgentPercent()), in.seed()));
    out.append(String.format(DUTCH, "Uren per taak: intake %s, gezinsplan %s, akkoordgesprek %s, evaluatie %s, "
            + "afsluiten %s; begeleiding %s uur per gewogen casus per week; verdelen %s; %d inloopweken%n%n",
        SimulationInput.number(in.intakeHours()), SimulationInput.number(in.planHours()),
        SimulationInput.number(in.consentHours()), SimulationInput.number(in.evaluationHours()),
        SimulationInput.number(in.closingHours()), SimulationInput.number(in.supportHours()),
        in.dailyDistribution() ? "dagelijks om 9:00" : "direct", in.warmUpWeeks()));
    String header = String.format(DUTCH, "%5s %-11s %6s %9s %8s %8s %9s %8s %6s %8s %7s %8s",
        "week", "maandag", "aanm.", "wachtend", "intakes", "op tijd", "caseload", "max", ">norm", "overschr", "overschr",
        "afwezig");
    String header2 = String.format(DUTCH, "%5s %-11s %6s %9s %8s %8s %9s %8s %6s %8s %7s %8s",
        "", "", "", "op intake", "gehouden", "%", "gem.", "", "", "intake", "plan", "gem.");
    out.append(header).append('\n').append(header2).append('\n');
    out.append("-".repeat(header.length())).append('\n');
    for (SimulationResult.Week w : result.weeks()) {
      out.append(String.format(DUTCH, "%5d %-11s %6d %9d %8d %8s %9.1f %8.1f %6d %8d %7d %8.1f%n", w.week(),
          DAY.format(w.monday()), w.handoffs(), w.backlog(), w.intakesHeld(),
          w.onTimePercent() == null ? "-" : String.format(DUTCH, "%.0f", w.onTimePercent()), w.averageCaseload(),
          w.maxCaseload(), w.aboveNorm(), w.intakeBreaches(), w.planBreaches(), w.absent()));
    }
    SimulationResult.Summary s = result.summary();
    out.append('\n');
    out.append(String.format(DUTCH, "Totaal %d weken: %d aanmeldingen, %d intakes, waarvan %s binnen de termijn "
            + "(14 dagen, spoed 3 werkdagen); mediaan %s dagen tot de intake%n", result.weeks().size(), s.handoffs(),
        s.intakesHeld(), s.onTimePercent() == null ? "-" : SimulationInput.number(s.onTimePercent()) + "%",
        SimulationInput.number(s.medianDaysToIntake())));
    out.append(String.format(DUTCH, "Termijnen overschreden: %d intake, %d gezinsplan. Aan het eind: %d wachtend op "
            + "intake, gewogen caseload gemiddeld %s (max %s) tegen de norm van %s%n", s.intakeBreaches(),
        s.planBreaches(), s.backlogAtEnd(), SimulationInput.number(s.averageCaseloadAtEnd()),
        SimulationInput.number(s.maxCaseloadAtEnd()), SimulationInput.number(result.norm())));
    SimulationResult.Run run = result.run();
    out.append(String.format(DUTCH, "Doorgerekend: %d casussen door de echte modellen, %d taken, %d timers; "
            + "rekentijd simulatie %s s%s%n", run.cases(), run.tasksCompleted(), run.jobsExecuted(),
        SimulationInput.number(run.seconds()), run.failures() == 0 ? ""
            : " (" + run.failures() + " casussen liepen vast, zie het log)"));
    return out.toString();
  }
}
