package nl.plusteam.caseload;

import java.util.Optional;

import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.system.Coded;

/** How intensive a case is, as the caseload weights table names it. */
public enum Track implements Coded {
  REGULIER("Reguliere ondersteuning"),
  LEVENSLOOP("Levensloopondersteuning"),
  WAAKVLAM("Waakvlam");

  private final String label;

  Track(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The track of a case in this status; empty when the case does not count (not distributed, or over). */
  public static Optional<Track> of(CaseStatus status) {
    return switch (status) {
      case ASSIGNED, PLANNING, SUPPORT -> Optional.of(REGULIER);
      case LIFE_COURSE -> Optional.of(LEVENSLOOP);
      case MONITORING -> Optional.of(WAAKVLAM);
      case RECEIVED, RETURNED, HANDED_BACK, CLOSED -> Optional.empty();
    };
  }
}
