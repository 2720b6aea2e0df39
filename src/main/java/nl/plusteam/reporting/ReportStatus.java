package nl.plusteam.reporting;

/** Where a quarterly report stands. */
public enum ReportStatus {
  WACHT_OP_DUIDING("Wacht op duiding"),
  DEFINITIEF("Definitief");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
