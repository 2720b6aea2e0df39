package nl.plusteam.casefile;

import java.util.Optional;

import nl.plusteam.system.Coded;

/** The safety check at intake. */
public enum SafetyAssessment implements Coded {
  VEILIG("Geen zorgen over veiligheid"),
  ZORGEN("Zorgen over veiligheid"),
  ACUUT_ONVEILIG("Acute onveiligheid");

  private final String label;

  SafetyAssessment(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<SafetyAssessment> ofCode(String code) {
    return Coded.ofCode(SafetyAssessment.class, code);
  }
}
