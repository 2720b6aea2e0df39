package nl.plusteam.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

import nl.plusteam.support.ModelCoverage;
import nl.plusteam.support.PlusTeamTest;
import nl.plusteam.support.RunsLast;

/**
 * Process test coverage: which elements and sequence flows of each model the scenario tests of this JVM ran
 * through ({@link ModelCoverage}). Writes {@code target/process-coverage/index.html} (per model, with what was
 * not covered) and fails when a model's coverage drops below the minimum in
 * {@code src/test/resources/process-coverage-minimum.properties} — raise those numbers when tests are added,
 * never lower them to get a build green. Runs last ({@link RunsLast}), after every scenario.
 */
@PlusTeamTest
@RunsLast
class ProcessCoverageTests {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path REPORT = Path.of("target", "process-coverage", "index.html");

  record Coverage(String file, String key, Set<String> elements, Set<String> coveredElements, Set<String> flows,
      Set<String> coveredFlows) {

    double elementShare() {
      return share(coveredElements.size(), elements.size());
    }

    double flowShare() {
      return share(coveredFlows.size(), flows.size());
    }

    private static double share(int covered, int total) {
      return total == 0 ? 1.0 : (double) covered / total;
    }
  }

  @Test
  void everyModelIsCoveredAtLeastAsFarAsRecorded() throws IOException {
    List<Coverage> coverages = measure();
    writeReport(coverages);

    Properties minimum = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/process-coverage-minimum.properties")) {
      minimum.load(in);
    }
    List<String> problems = new ArrayList<>();
    for (Coverage coverage : coverages) {
      System.out.printf(Locale.ROOT, "process coverage %-20s elements %3d/%3d (%5.1f%%)  flows %3d/%3d (%5.1f%%)%n",
          coverage.key(), coverage.coveredElements().size(), coverage.elements().size(), 100 * coverage.elementShare(),
          coverage.coveredFlows().size(), coverage.flows().size(), 100 * coverage.flowShare());
      check(problems, coverage, "elements", coverage.elementShare(), minimum);
      check(problems, coverage, "flows", coverage.flowShare(), minimum);
    }
    assertThat(problems).as(String.join("\n", problems) + "\nSee " + REPORT + " for what is not covered.").isEmpty();
  }

  private static void check(List<String> problems, Coverage coverage, String what, double share, Properties minimum) {
    String property = coverage.key() + "." + what;
    String value = minimum.getProperty(property);
    if (value == null) {
      problems.add("No minimum for " + property + " in process-coverage-minimum.properties (now "
          + percent(share) + "%): add it.");
    } else if (100 * share + 1e-9 < Double.parseDouble(value)) {
      problems.add(coverage.file() + ": coverage of " + what + " dropped to " + percent(share) + "%, below the "
          + "recorded minimum of " + value + "%.");
    }
  }

  private static List<Coverage> measure() throws IOException {
    List<Coverage> coverages = new ArrayList<>();
    List<Path> models;
    try (Stream<Path> files = Files.list(PROCESSES)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path model : models) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
      for (Process process : instance.getModelElementsByType(Process.class)) {
        Set<String> elements = new TreeSet<>();
        Set<String> flows = new TreeSet<>();
        for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
          elements.add(node.getId());
        }
        for (SequenceFlow flow : instance.getModelElementsByType(SequenceFlow.class)) {
          flows.add(flow.getId());
        }
        Set<String> coveredElements = new TreeSet<>(ModelCoverage.elements(process.getId()));
        coveredElements.retainAll(elements);
        Set<String> coveredFlows = new TreeSet<>(ModelCoverage.flows(process.getId()));
        coveredFlows.retainAll(flows);
        coverages.add(new Coverage(model.toString(), process.getId(), elements, coveredElements, flows, coveredFlows));
      }
    }
    return coverages;
  }

  private static void writeReport(List<Coverage> coverages) throws IOException {
    StringBuilder html = new StringBuilder("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Process test coverage</title>
        <style>body{font-family:sans-serif;margin:2em}td,th{padding:.2em .8em;text-align:left}
        .low{color:#b00}</style></head><body><h1>Process test coverage</h1>
        <p>Elements (activities, events, gateways) and sequence flows of each model that the scenario tests of the
        H2 test JVM ran through. Pictures of the models: docs/models/.</p>
        <table><tr><th>model</th><th>elements</th><th>flows</th></tr>
        """);
    for (Coverage c : coverages) {
      html.append("<tr><td><a href=\"#").append(c.key()).append("\">").append(c.file()).append("</a></td><td>")
          .append(c.coveredElements().size()).append('/').append(c.elements().size()).append(" (")
          .append(percent(c.elementShare())).append("%)</td><td>").append(c.coveredFlows().size()).append('/')
          .append(c.flows().size()).append(" (").append(percent(c.flowShare())).append("%)</td></tr>\n");
    }
    html.append("</table>\n");
    for (Coverage c : coverages) {
      Set<String> missedElements = new TreeSet<>(c.elements());
      missedElements.removeAll(c.coveredElements());
      Set<String> missedFlows = new TreeSet<>(c.flows());
      missedFlows.removeAll(c.coveredFlows());
      html.append("<h2 id=\"").append(c.key()).append("\">").append(c.file()).append("</h2>")
          .append("<p>Not covered, elements: <span class=\"low\">")
          .append(missedElements.isEmpty() ? "none" : String.join(", ", missedElements))
          .append("</span></p><p>Not covered, flows: <span class=\"low\">")
          .append(missedFlows.isEmpty() ? "none" : String.join(", ", missedFlows)).append("</span></p>\n");
    }
    html.append("</body></html>\n");
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, html);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }
}
