package nl.plusteam.caseload;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Component;

import nl.plusteam.system.process.DecisionTables;

/**
 * The weights and the norm of processes/caseload-weights.dmn, as the process owner set them: how much a
 * case counts per role and track, and the caseload norm (23).
 */
@Component
public class CaseloadWeights {

  public static final String WEIGHTS_DECISION = "caseloadWeights";
  public static final String NORM_DECISION = "caseloadNorm";

  private final DecisionTables tables;

  CaseloadWeights(DecisionTables tables) {
    this.tables = tables;
  }

  /** A snapshot of the table: its newest version is looked up once, every weight asked for is evaluated once. */
  public Table table() {
    return new Table();
  }

  public final class Table {
    private final Map<String, Double> weights = new HashMap<>();
    private DmnDecision weightsDecision;
    private Double norm;

    private Table() {}

    public double weight(CaseRole role, Track track) {
      return weights.computeIfAbsent(role.code() + "/" + track.code(), key -> {
        if (weightsDecision == null) {
          weightsDecision = tables.latest(WEIGHTS_DECISION);
        }
        DmnDecisionResult result = tables.evaluate(weightsDecision, Map.of("role", role.code(), "track", track.code()));
        Number weight = result.isEmpty() ? null : result.getSingleResult().getEntry("weight");
        if (weight == null) {
          throw new IllegalStateException("De beslistabel caseload-weights.dmn geeft geen gewicht voor rol '" + role.code()
              + "' in spoor '" + track.code() + "'; vul de tabel aan.");
        }
        return weight.doubleValue();
      });
    }

    public double norm() {
      if (norm == null) {
        Number value = tables.evaluate(NORM_DECISION, Map.of()).getSingleResult().getSingleEntry();
        norm = value.doubleValue();
      }
      return norm;
    }
  }
}
