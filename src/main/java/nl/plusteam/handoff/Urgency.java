package nl.plusteam.handoff;

import java.util.Optional;

import nl.plusteam.system.Coded;

/** How soon the intake must happen: regular (14 days) or urgent (spoed). */
public enum Urgency implements Coded {
  REGULIER("Regulier"),
  SPOED("Spoed");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Urgency> ofCode(String code) {
    return Coded.ofCode(Urgency.class, code);
  }
}
