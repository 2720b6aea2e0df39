package nl.plusteam.caseload;

import nl.plusteam.system.Coded;

/** The roles a generalist can have in a case, as the caseload weights table names them. */
public enum CaseRole implements Coded {
  REGISSEUR("Regisseur"),
  DUOPARTNER("Duopartner"),
  DERDE_BETROKKEN("Derde betrokken");

  private final String label;

  CaseRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
