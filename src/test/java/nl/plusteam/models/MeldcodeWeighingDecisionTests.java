package nl.plusteam.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.plusteam.safety.process.ReportingCodeProcess;

/** The weighing framework of the meldcode, processes/meldcode-weighing.dmn, as the process owner maintains it. */
class MeldcodeWeighingDecisionTests {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = new FileInputStream("processes/meldcode-weighing.dmn")) {
      decision = dmn.parseDecision(ReportingCodeProcess.WEIGHING_DECISION, table);
    }
  }

  @Test
  void acuteUnsafety_alwaysReport_decideWithin24Hours_teamManagerJoins_escalatesToTheDirector() {
    for (boolean structural : new boolean[] {true, false}) {
      for (boolean help : new boolean[] {true, false}) {
        assertThat(evaluate(true, structural, help)).containsEntry("assessment", "acuut")
            .containsEntry("reportRequired", true).containsEntry("decisionTerm", "PT24H")
            .containsEntry("involveTeamManager", true).containsEntry("escalateTo", "directeur");
      }
    }
  }

  @Test
  void structuralUnsafety_alwaysReport_within5Days_teamManagerJoins() {
    for (boolean help : new boolean[] {true, false}) {
      assertThat(evaluate(false, true, help)).containsEntry("assessment", "structureel")
          .containsEntry("reportRequired", true).containsEntry("decisionTerm", "P5D")
          .containsEntry("involveTeamManager", true).containsEntry("escalateTo", "teammanager");
    }
  }

  @Test
  void concernsWithHelpThatTheFamilyAccepts_noReportNeeded_within10Days() {
    assertThat(evaluate(false, false, true)).containsEntry("assessment", "zorgen")
        .containsEntry("reportRequired", false).containsEntry("decisionTerm", "P10D")
        .containsEntry("involveTeamManager", false);
  }

  @Test
  void concernsWithoutPossibleOrAcceptedHelp_report() {
    assertThat(evaluate(false, false, false)).containsEntry("assessment", "zorgen")
        .containsEntry("reportRequired", true).containsEntry("decisionTerm", "P5D");
  }

  @Test
  void everyCombinationHasExactlyOneAnswer() {
    int combinations = 0;
    for (boolean acute : new boolean[] {true, false}) {
      for (boolean structural : new boolean[] {true, false}) {
        for (boolean help : new boolean[] {true, false}) {
          DmnDecisionTableResult result = dmn.evaluateDecisionTable(decision, inputs(acute, structural, help));
          assertThat(result).as("acuut=%s structureel=%s hulp=%s", acute, structural, help).hasSize(1);
          combinations++;
        }
      }
    }
    assertThat(combinations).isEqualTo(8);
  }

  private static Map<String, Object> evaluate(boolean acute, boolean structural, boolean help) {
    return dmn.evaluateDecisionTable(decision, inputs(acute, structural, help)).getSingleResult().getEntryMap();
  }

  private static org.camunda.bpm.engine.variable.VariableMap inputs(boolean acute, boolean structural, boolean help) {
    return Variables.createVariables().putValue("acuteUnsafety", acute).putValue("structuralUnsafety", structural)
        .putValue("helpPossible", help);
  }
}
