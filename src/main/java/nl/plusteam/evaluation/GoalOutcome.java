package nl.plusteam.evaluation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How far one goal got, and why: learning over accounting. */
@Embeddable
public record GoalOutcome(Long goalId, @Enumerated(EnumType.STRING) Outcome outcome, String why) {

  public enum Outcome {
    REACHED("bereikt"), PARTLY("deels bereikt"), NOT_REACHED("niet bereikt");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
