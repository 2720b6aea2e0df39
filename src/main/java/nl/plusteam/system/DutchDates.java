package nl.plusteam.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them ("23 mei 2027"), for texts the forms show. */
public final class DutchDates {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  private DutchDates() {}

  public static String format(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
