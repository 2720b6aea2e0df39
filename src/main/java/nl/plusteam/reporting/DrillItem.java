package nl.plusteam.reporting;

/**
 * A case (or, for the caseload, a generalist) behind a KPI's number, with the reason it counts against it:
 * "Intake na 19 dagen (termijn tot 14 juli 2026)". Only references and staff names, never household data.
 */
public record DrillItem(String reference, String municipality, String generalist, String reason) {

  public static DrillItem ofCase(String reference, String municipality, String reason) {
    return new DrillItem(reference, municipality, null, reason);
  }

  public static DrillItem ofGeneralist(String name, String reason) {
    return new DrillItem(null, null, name, reason);
  }
}
