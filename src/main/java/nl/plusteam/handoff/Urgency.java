package nl.plusteam.handoff;

import java.util.Arrays;
import java.util.Optional;

/** How soon the intake must happen: regular (14 days) or urgent (spoed). */
public enum Urgency {
  REGULIER("regulier", "Regulier"),
  SPOED("spoed", "Spoed");

  private final String code;
  private final String label;

  Urgency(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Urgency> ofCode(String code) {
    return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
  }
}
