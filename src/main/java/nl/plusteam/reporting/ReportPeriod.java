package nl.plusteam.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.plusteam.handoff.Municipality;
import nl.plusteam.system.DutchDates;

/**
 * The days a KPI covers (both ends included, in Dutch time) and the municipality it is about; no
 * municipality means both together. Quarters are the reporting rhythm, but any period up to a year can be asked.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Municipality municipality) {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[QqKk]([1-4])");

  public ReportPeriod {
    if (from == null || to == null) {
      throw new InvalidPeriodException("Kies een begin- en een einddatum.");
    }
    if (to.isBefore(from)) {
      throw new InvalidPeriodException("De einddatum (" + DutchDates.format(to) + ") ligt vóór de begindatum ("
          + DutchDates.format(from) + ").");
    }
    if (ChronoUnit.DAYS.between(from, to) > 366) {
      throw new InvalidPeriodException("Kies een periode van hoogstens een jaar.");
    }
  }

  public static ReportPeriod quarter(int year, int quarter, Municipality municipality) {
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new ReportPeriod(from, from.plusMonths(3).minusDays(1), municipality);
  }

  public static ReportPeriod quarterOf(LocalDate day, Municipality municipality) {
    return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR), municipality);
  }

  /** "2026-Q3" (or 2026-K3), as the dashboard and the API send a quarter. */
  public static Optional<ReportPeriod> parseQuarter(String text, Municipality municipality) {
    Matcher matcher = text == null ? null : QUARTER.matcher(text.trim());
    if (matcher == null || !matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), municipality));
  }

  public boolean isQuarter() {
    return from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(3).minusDays(1));
  }

  public int quarterNumber() {
    return from.get(IsoFields.QUARTER_OF_YEAR);
  }

  public ReportPeriod previousQuarter() {
    return quarterOf(from.minusMonths(3), municipality);
  }

  /** The same days a year earlier: referrals are compared with them. */
  public ReportPeriod yearEarlier() {
    return new ReportPeriod(from.minusYears(1), to.minusYears(1), municipality);
  }

  public ReportPeriod withMunicipality(Municipality other) {
    return new ReportPeriod(from, to, other);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** "3e kwartaal 2026", or "1 juli 2026 t/m 15 augustus 2026". */
  public String label() {
    return isQuarter() ? quarterNumber() + "e kwartaal " + from.getYear()
        : DutchDates.format(from) + " t/m " + DutchDates.format(to);
  }

  /** "K3 2026", for chart axes. */
  public String shortLabel() {
    return isQuarter() ? "K" + quarterNumber() + " " + from.getYear() : label();
  }

  /** "2026-Q3": the key of a quarterly report. */
  public String quarterKey() {
    return from.getYear() + "-Q" + quarterNumber();
  }

  public String municipalityLabel() {
    return municipality == null ? "Geldrop-Mierlo en Waalre" : municipality.label();
  }

  /** A period the dashboard or the API asked for that cannot be reported on; the message says why, in Dutch. */
  public static class InvalidPeriodException extends RuntimeException {
    public InvalidPeriodException(String message) {
      super(message);
    }
  }
}
