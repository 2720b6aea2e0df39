package nl.plusteam.casefile;

/** Where a case stands, as the CMD and the team see it. */
public enum CaseStatus {
  RECEIVED("Ontvangen, wacht op verdeling"),
  ASSIGNED("Verdeeld, intake nog niet gehouden"),
  PLANNING("Gezinsplan in voorbereiding"),
  SUPPORT("Ondersteuning loopt"),
  LIFE_COURSE("Levensloopondersteuning (laag-intensief, jaarlijkse evaluatie)"),
  MONITORING("Waakvlam: geen actieve ondersteuning, periodiek contact"),
  RETURNED("Teruggegeven aan het CMD"),
  HANDED_BACK("Afgeschaald naar het CMD"),
  CLOSED("Afgesloten");

  /** Statuses in which the PlusTeam works on the case: a lead and partner are named and the case is not over. */
  public static final java.util.Set<CaseStatus> RUNNING = java.util.EnumSet.of(ASSIGNED, PLANNING, SUPPORT, LIFE_COURSE,
      MONITORING);

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
