package nl.plusteam.handoff;

import java.util.Optional;

import nl.plusteam.system.Coded;

/** The two municipalities that share the PlusTeam. */
public enum Municipality implements Coded {
  GELDROP_MIERLO("Geldrop-Mierlo"),
  WAALRE("Waalre");

  private final String label;

  Municipality(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Municipality> ofCode(String code) {
    return Coded.ofCode(Municipality.class, code);
  }
}
