package nl.plusteam.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Measures some KPIs over a period: the figures, and per figure the cases behind it. */
interface Measure {

  List<Measured> measure(Context context);

  /**
   * @param period the days and municipality
   * @param asOf the moment the measurement stands at: the end of the period, or now when the period has not ended
   */
  record Context(ReportPeriod period, Instant asOf) {
    LocalDate asOfDay() {
      return ReportingQueries.dayOf(asOf);
    }
  }

  /** A figure and the cases (or generalists) that count against it, worst first. */
  record Measured(KpiFigure figure, List<DrillItem> items) {}

  static double share(long part, long whole) {
    return (double) part / whole;
  }

  static String percentage(long part, long whole) {
    return whole == 0 ? "" : " (" + Unit.SHARE.format(share(part, whole)) + ")";
  }
}
