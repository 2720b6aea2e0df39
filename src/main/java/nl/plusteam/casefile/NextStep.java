package nl.plusteam.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * What comes after an evaluation (or a team manager's scale-down). The code is the value the forms send
 * and the case model's gateway "Volgende stap?" routes on.
 */
public enum NextStep {
  CONTINUE("doorgaan", "Doorgaan met een herzien plan"),
  CLOSE("afsluiten", "Afsluiten"),
  LIFE_COURSE("levensloop", "Levensloopondersteuning"),
  MONITORING("waakvlam", "Waakvlam"),
  BACK_TO_CMD("terug-cmd", "Terug naar het CMD");

  private final String code;
  private final String label;

  NextStep(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Scaling down: less intensive support, or the responsibility back to the CMD. */
  public boolean scalesDown() {
    return this == LIFE_COURSE || this == MONITORING || this == BACK_TO_CMD;
  }

  public static Optional<NextStep> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
