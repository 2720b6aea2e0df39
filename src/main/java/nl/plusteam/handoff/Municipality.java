package nl.plusteam.handoff;

import java.util.Arrays;
import java.util.Optional;

/** The two municipalities that share the PlusTeam. */
public enum Municipality {
  GELDROP_MIERLO("geldrop-mierlo", "Geldrop-Mierlo"),
  WAALRE("waalre", "Waalre");

  private final String code;
  private final String label;

  Municipality(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Municipality> ofCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }
}
