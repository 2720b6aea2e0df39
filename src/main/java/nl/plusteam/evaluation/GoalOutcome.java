package nl.plusteam.evaluation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How far one goal got, and why: learning over accounting. */
@Embeddable
public record GoalOutcome(Long goalId, @Enumerated(EnumType.STRING) Outcome outcome, String why) {

  public enum Outcome {
    REACHED("bereikt", "bereikt"), PARTLY("deels", "deels bereikt"), NOT_REACHED("niet", "niet bereikt");

    private final String formCode;
    private final String label;

    Outcome(String formCode, String label) {
      this.formCode = formCode;
      this.label = label;
    }

    /** The option value of the evaluation form. */
    public String formCode() {
      return formCode;
    }

    public String label() {
      return label;
    }
  }
}
