package nl.plusteam.audit;

/** How a user read case content: the way in decides how the filter knows who it is. */
public enum ReadChannel {
  /** Tasklist and Cockpit, through the webapps' engine API ({@code /camunda/api/engine/...}) and their session. */
  WEBAPPS("Tasklist/Cockpit"),
  /** The engine's REST API ({@code /engine-rest/...}) with HTTP Basic. */
  ENGINE_REST("Engine-REST"),
  /** The application's own API ({@code /api/...}): handoffs, dashboard, caseload, audit. */
  API("PlusTeam-API");

  private final String label;

  ReadChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
