package nl.plusteam.reporting;

import java.time.Instant;
import java.util.List;

/** What a quarterly report freezes: the figures of both municipalities together, and of each. */
public record FrozenFigures(Instant asOf, Instant computedAt, List<Scope> scopes) {

  /** The figures for one municipality (code null: both together). */
  public record Scope(String municipality, String municipalityLabel, List<FigureView> figures) {}

  public Scope total() {
    return scopes.stream().filter(s -> s.municipality() == null).findFirst().orElseThrow();
  }
}
