package nl.plusteam.reporting;

import nl.plusteam.security.CurrentUser;

/**
 * Who may see management information: the team manager and the director (HANDBOOK, "Who is who"). Both may see
 * the case references behind a figure; nobody else sees the dashboard, the reports or the references.
 */
final class ReportingAccess {

  private ReportingAccess() {}

  static void requireKpis(CurrentUser user) {
    if (!user.isManager()) {
      throw new NotAllowed("Alleen de teammanager en de directeur zien de sturingsinformatie.");
    }
  }

  static void requireCases(CurrentUser user) {
    if (!user.isManager()) {
      throw new NotAllowed("U mag de casussen achter de cijfers niet inzien.");
    }
  }

  static void requireRequest(CurrentUser user) {
    if (!user.isManager()) {
      throw new NotAllowed("Alleen de teammanager en de directeur kunnen een kwartaalrapportage aanvragen.");
    }
  }

  /** Refused: the user's role has no need for this. */
  static final class NotAllowed extends RuntimeException {
    NotAllowed(String message) {
      super(message);
    }
  }
}
