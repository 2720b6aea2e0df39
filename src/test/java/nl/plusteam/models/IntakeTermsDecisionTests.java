package nl.plusteam.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision table processes/intake-terms.dmn, as the process owner maintains it. */
class IntakeTermsDecisionTests {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = new FileInputStream("processes/intake-terms.dmn")) {
      decision = dmn.parseDecision("intakeTerms", table);
    }
  }

  @Test
  void regularHandoff_14CalendarDays_reminderAtDay10() {
    DmnDecisionTableResult result = evaluate("regulier");
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("deadline", "P14D").containsEntry("reminder", "P10D").containsEntry("workingDaysOnly", false);
  }

  @Test
  void urgentHandoff_3WorkingDays_reminderAfter2() {
    DmnDecisionTableResult result = evaluate("spoed");
    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("deadline", "P3D").containsEntry("reminder", "P2D").containsEntry("workingDaysOnly", true);
  }

  @Test
  void unknownUrgency_hasNoTerm() {
    assertThat(evaluate("morgen")).isEmpty();
  }

  private static DmnDecisionTableResult evaluate(String urgency) {
    return dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("urgency", urgency));
  }
}
