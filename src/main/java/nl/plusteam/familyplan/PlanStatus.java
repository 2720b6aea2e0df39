package nl.plusteam.familyplan;

/** Where a plan version stands. Only a CONSENTED version lets the case into the support phase. */
public enum PlanStatus {
  AWAITING_CONSENT("Wacht op akkoord"),
  CONSENTED("Akkoord gezin en regisseur"),
  REFUSED("Geen akkoord"),
  SUPERSEDED("Vervangen door een nieuwere versie");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
