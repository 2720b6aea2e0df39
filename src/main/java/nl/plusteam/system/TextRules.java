package nl.plusteam.system;

import java.util.Optional;

/**
 * What no legitimate user types into a text field, refused everywhere text enters the application (handoff
 * API, task forms): control characters, direction overrides that make text read differently than it is
 * stored, broken Unicode, and the expression markers {@code ${} and {@code #{}. Such text would be inert here
 * (it is stored as data and never evaluated), but refusing it keeps it from ever reaching a place that
 * evaluates or renders it. HTML and quotes stay allowed: "Jansen & Zn <tweede adres>" is ordinary text and
 * is escaped wherever it is shown.
 */
public final class TextRules {

  private static final int SHOWN = 40;

  private TextRules() {}

  /** Why this text is refused, in Dutch, to follow the field's name ("... bevat een stuurteken."); empty when fine. */
  public static Optional<String> problem(String text) {
    if (text.contains("${") || text.contains("#{")) {
      return Optional.of("mag geen '${' of '#{' bevatten.");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return Optional.of("bevat een stuurteken (positie " + (i + 1) + "); verwijder het.");
      }
      if (isDirectionOverride(c)) {
        return Optional.of("bevat een onzichtbaar teken dat de leesrichting omdraait (positie " + (i + 1)
            + "); verwijder het.");
      }
      if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return Optional.of("bevat een ongeldig teken (positie " + (i + 1) + ").");
      }
      if (c == '\uFFFE' || c == '\uFFFF') {
        return Optional.of("bevat een ongeldig teken (positie " + (i + 1) + ").");
      }
    }
    return Optional.empty();
  }

  /** A value as it may be repeated in an error message: short, and with unprintable characters replaced. */
  public static String shown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    text.codePoints().limit(SHOWN).forEach(cp -> {
      boolean printable = !Character.isISOControl(cp) && !(cp <= 0xFFFF && isDirectionOverride((char) cp))
          && Character.isDefined(cp) && Character.getType(cp) != Character.SURROGATE;
      shown.appendCodePoint(printable ? cp : '?');
    });
    return text.codePointCount(0, text.length()) > SHOWN ? shown + "…" : shown.toString();
  }

  private static boolean isDirectionOverride(char c) {
    return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }
}
