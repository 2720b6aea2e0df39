package nl.plusteam.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.plusteam.caseload.CaseRole;
import nl.plusteam.caseload.CaseloadWeights;
import nl.plusteam.caseload.Track;

/** The caseload weights and norm, processes/caseload-weights.dmn, as the process owner maintains them. */
class CaseloadWeightsDecisionTests {

  private static DmnEngine dmn;
  private static DmnDecision weights;
  private static DmnDecision norm;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = new FileInputStream("processes/caseload-weights.dmn")) {
      weights = dmn.parseDecision(CaseloadWeights.WEIGHTS_DECISION, table);
    }
    try (InputStream table = new FileInputStream("processes/caseload-weights.dmn")) {
      norm = dmn.parseDecision(CaseloadWeights.NORM_DECISION, table);
    }
  }

  @Test
  void defaults_leadOne_partnerHalf_thirdQuarter_lifeCourseHalf() {
    assertThat(weight(CaseRole.REGISSEUR, Track.REGULIER)).isEqualTo(1.0);
    assertThat(weight(CaseRole.DUOPARTNER, Track.REGULIER)).isEqualTo(0.5);
    assertThat(weight(CaseRole.DERDE_BETROKKEN, Track.REGULIER)).isEqualTo(0.25);
    assertThat(weight(CaseRole.REGISSEUR, Track.LEVENSLOOP)).isEqualTo(0.5);
  }

  @Test
  void casesInMonitoringHaveTheirOwnWeight() {
    assertThat(weight(CaseRole.REGISSEUR, Track.WAAKVLAM)).isEqualTo(0.25);
    assertThat(weight(CaseRole.DUOPARTNER, Track.WAAKVLAM)).isEqualTo(0.1);
  }

  @Test
  void everyRoleInEveryTrackHasExactlyOneWeight() {
    for (CaseRole role : CaseRole.values()) {
      for (Track track : Track.values()) {
        assertThat(dmn.evaluateDecision(weights, Variables.createVariables().putValue("role", role.code())
            .putValue("track", track.code())).getResultList()).as(role + " / " + track).hasSize(1);
      }
    }
  }

  @Test
  void theNormIs23() {
    assertThat(((Number) dmn.evaluateDecision(norm, Variables.createVariables()).getSingleResult().getSingleEntry())
        .doubleValue()).isEqualTo(23.0);
  }

  private static double weight(CaseRole role, Track track) {
    return ((Number) dmn.evaluateDecision(weights, Variables.createVariables().putValue("role", role.code())
        .putValue("track", track.code())).getSingleResult().getEntry("weight")).doubleValue();
  }
}
