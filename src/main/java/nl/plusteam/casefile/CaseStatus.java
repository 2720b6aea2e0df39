package nl.plusteam.casefile;

/** Where a case stands, as the CMD and the team see it. */
public enum CaseStatus {
  RECEIVED("Ontvangen, wacht op verdeling"),
  ASSIGNED("Verdeeld, intake nog niet gehouden"),
  PLANNING("Intake gehouden, gezinsplan in voorbereiding"),
  SUPPORT("Ondersteuning loopt"),
  RETURNED("Teruggegeven aan het CMD"),
  CLOSED("Afgesloten");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
