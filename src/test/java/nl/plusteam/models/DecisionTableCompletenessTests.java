package nl.plusteam.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Every decision table gives every possible input exactly one outcome (hit policy UNIQUE): no gaps, no overlaps.
 * The second half proves the check finds the mistakes a process owner makes in the table editor.
 */
class DecisionTableCompletenessTests {

  private static final Path PROCESSES = Path.of("processes");

  @Test
  void everyDecisionTableHasNoGapsAndNoOverlaps() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
        problems.addAll(DecisionTableCompleteness.problems(file.toString(), Dmn.readModelFromFile(file.toFile())));
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void aRemovedRuleIsAGap() throws IOException {
    String broken = remove(read("caseload-weights.dmn"), "rule_regularPartner");

    assertThat(check("caseload-weights.dmn", broken)).containsExactly("processes/caseload-weights.dmn, beslistabel "
        + "'Gewicht van een casus in de caseload' (caseloadWeights): geen enkele regel past bij Rol in de casus = "
        + "\"duopartner\", Spoor = \"regulier\"; zo'n invoer krijgt geen uitkomst. Voeg een regel toe of verbreed een "
        + "bestaande regel.");
  }

  @Test
  void aRemovedNumericRuleIsAGapOverItsWholeInterval() throws IOException {
    String broken = remove(read("kpi-thresholds.dmn"), "rule_intakeOnTimeOranje");

    assertThat(check("kpi-thresholds.dmn", broken)).containsExactly(
        "processes/kpi-thresholds.dmn, beslistabel 'Stoplicht per KPI' (kpiLight): geen enkele regel past bij KPI = "
            + "\"intakeOnTime\", Waarde = 0.75; zo'n invoer krijgt geen uitkomst. Voeg een regel toe of verbreed een "
            + "bestaande regel.",
        "processes/kpi-thresholds.dmn, beslistabel 'Stoplicht per KPI' (kpiLight): geen enkele regel past bij KPI = "
            + "\"intakeOnTime\", Waarde tussen 0.75 en 0.9 (bijvoorbeeld 0.825); zo'n invoer krijgt geen uitkomst. "
            + "Voeg een regel toe of verbreed een bestaande regel.");
  }

  @Test
  void aWidenedIntervalIsAnOverlap() throws IOException {
    String broken = read("kpi-thresholds.dmn").replaceFirst("\\[0\\.75\\.\\.0\\.9\\[", "[0.75..0.9]");

    assertThat(check("kpi-thresholds.dmn", broken)).containsExactly("processes/kpi-thresholds.dmn, beslistabel "
        + "'Stoplicht per KPI' (kpiLight): regels 1 (rule_intakeOnTimeGroen) en 2 (rule_intakeOnTimeOranje) overlappen "
        + "voor KPI = \"intakeOnTime\", Waarde = 0.9; een invoer kan maar één regel treffen (hit policy UNIQUE). Maak de "
        + "regels elkaar uitsluitend.");
  }

  @Test
  void aRuleForAnyValueNextToSpecificRulesIsAnOverlap() throws IOException {
    String broken = read("meldcode-weighing.dmn").replace(
        "<inputEntry id=\"inputEntry_structuralNotAcute\"><text>false</text>",
        "<inputEntry id=\"inputEntry_structuralNotAcute\"><text>-</text>");

    assertThat(check("meldcode-weighing.dmn", broken)).containsExactly("processes/meldcode-weighing.dmn, beslistabel "
        + "'Afwegingskader meldcode toepassen' (meldcodeWeighing): regels 1 (rule_acute) en 2 (rule_structural) "
        + "overlappen voor Acute onveiligheid? = true, Structurele onveiligheid? = true, Passende hulp mogelijk en "
        + "aanvaard? = true; een invoer kan maar één regel treffen (hit policy UNIQUE). Maak de regels elkaar "
        + "uitsluitend.");
  }

  @Test
  void aStringInputWithoutAllowedValuesMustCatchOtherValues() throws IOException {
    String broken = read("intake-terms.dmn").replaceAll("(?s)<inputValues.*?</inputValues>", "");

    assertThat(check("intake-terms.dmn", broken)).containsExactly("processes/intake-terms.dmn, beslistabel "
        + "'Intaketermijn bepalen' (intakeTerms): geen enkele regel past bij Urgentie = een andere waarde dan "
        + "\"regulier\", \"spoed\"; zo'n invoer krijgt geen uitkomst. Voeg een regel toe of verbreed een bestaande "
        + "regel.");
  }

  @Test
  void anEntryTheCheckCannotReadIsReportedNotGuessed() throws IOException {
    String broken = read("kpi-thresholds.dmn").replaceFirst("&gt;= 0\\.9", "ongeveer 0.9");

    assertThat(check("kpi-thresholds.dmn", broken)).singleElement().asString()
        .startsWith("processes/kpi-thresholds.dmn, beslistabel 'Stoplicht per KPI' (kpiLight): regel 1 "
            + "(rule_intakeOnTimeGroen) heeft voor Waarde 'ongeveer 0.9'; deze controle begrijpt dat niet.");
  }

  private static String read(String file) throws IOException {
    return Files.readString(PROCESSES.resolve(file));
  }

  private static String remove(String dmn, String ruleId) {
    String removed = dmn.replaceFirst("(?s)<rule id=\"" + ruleId + "\">.*?</rule>", "");
    assertThat(removed).as("regel " + ruleId + " niet gevonden").isNotEqualTo(dmn);
    return removed;
  }

  private static List<String> check(String file, String dmnText) {
    DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(dmnText.getBytes(StandardCharsets.UTF_8)));
    return DecisionTableCompleteness.problems("processes/" + file, dmn);
  }
}
