package nl.plusteam.reporting;

import java.text.NumberFormat;
import java.util.Locale;

/** What a KPI's number is, and how a Dutch reader sees it: "83%", "7,4", "€ 12.345", "+0,4". */
public enum Unit {
  COUNT("aantal"),
  SHARE("percentage"),
  DAYS("dagen"),
  SCORE("score"),
  SCORE_CHANGE("score"),
  EURO("euro"),
  CASELOAD("caseload");

  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private final String code;

  Unit(String code) {
    this.code = code;
  }

  /** The unit as the API names it. */
  public String code() {
    return code;
  }

  public String format(Double value) {
    if (value == null) {
      return "geen gegevens";
    }
    return switch (this) {
      case COUNT -> number(value, 0);
      case SHARE -> number(value * 100, 0) + "%";
      case DAYS -> number(value, 1) + " dagen";
      // two decimals for a rapportcijfer: 7,45 is below the 7,5 aimed for, and must not read as 7,5
      case SCORE -> number(value, 2);
      case CASELOAD -> number(value, 1);
      case SCORE_CHANGE -> (value > 0.0005 ? "+" : "") + number(value, 2);
      case EURO -> "€ " + number(value, 0);
    };
  }

  /** A number the way the KPI's thresholds are written (a share as a percentage). */
  public String formatThreshold(double value) {
    return this == SHARE ? number(value * 100, 0) + "%" : number(value, 2);
  }

  public static String number(double value, int maxDecimals) {
    NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
    format.setMaximumFractionDigits(maxDecimals);
    format.setMinimumFractionDigits(0);
    // half up, as people round (82,5% reads as 83%); the dashboard's charts round the same way
    format.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return format.format(value);
  }
}
