package nl.plusteam.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Proves the model checks of {@link ModelConventionTests} catch the mistakes a process owner plausibly makes in
 * Camunda Modeler: each test takes the real model text, makes one mistake in memory and expects the Dutch message
 * that names the file and the element.
 */
class ModelMistakeTests {

  private static final Path CASUS = Path.of("processes", "casus.bpmn");

  private static Map<Path, BpmnModelInstance> models;
  private static Map<Path, JsonNode> forms;
  private static Set<String> beanNames;

  @BeforeAll
  static void readModels() throws IOException, ClassNotFoundException {
    models = ModelConventionTests.readBpmnModels();
    forms = ModelConventionTests.readForms();
    beanNames = ModelConventionTests.readBeanNames();
  }

  @Test
  void theRealModelsPassTheChecksTheseTestsBreak() throws IllegalAccessException {
    assertThat(ModelConventionTests.delegateProblems(models, beanNames)).isEmpty();
    assertThat(ModelConventionTests.userTaskProblems(models, forms)).isEmpty();
    assertThat(ModelConventionTests.gatewayAfterUserTaskProblems(models, forms)).isEmpty();
    assertThat(ModelConventionTests.interpretationFormProblems(forms)).isEmpty();
    assertThat(ModelConventionTests.elementAndDeadlineProblems(models)).isEmpty();
    assertThat(ModelConventionTests.timerProblems(models)).isEmpty();
    assertThat(ModelConventionTests.timerRetryProblems(models)).isEmpty();
    assertThat(ModelConventionTests.historyAndKeyProblems(models)).isEmpty();
  }

  @Test
  void aTypoInADelegateExpression_namesTheServiceTask() throws IOException {
    var broken = withModel(CASUS, bpmn -> replace(bpmn, "${recordIntakeBreachDelegate}", "${recordIntakeBrechDelegate}"));

    assertThat(ModelConventionTests.delegateProblems(broken, beanNames)).singleElement().asString()
        .startsWith("processes/casus.bpmn: servicetaak 'Termijnoverschrijding vastleggen' "
            + "(serviceTask_recordIntakeBreach) verwijst naar '${recordIntakeBrechDelegate}', maar die bestaat niet in "
            + "de applicatie. Bestaande: [")
        .contains("recordIntakeBreachDelegate");
  }

  @Test
  void aFormReferenceToAFormThatDoesNotExist_namesTheUserTask() throws IOException {
    var broken = withModel(CASUS, bpmn -> replace(bpmn, "camunda:formRef=\"discussCaseForm\"",
        "camunda:formRef=\"discusCaseForm\""));

    assertThat(ModelConventionTests.userTaskProblems(broken, forms)).singleElement().asString()
        .startsWith("processes/casus.bpmn: gebruikerstaak 'Casus bespreken' (userTask_discussCase) verwijst naar "
            + "formulier 'discusCaseForm', maar geen bestand in forms/ heeft dat id.");
  }

  @Test
  void aFormFieldTheNextGatewayDecidesOnRemoved_namesFormTaskAndFlow() {
    var broken = withoutField(Path.of("forms", "discuss-case.form"), "discussionOutcome");

    assertThat(ModelConventionTests.gatewayAfterUserTaskProblems(models, broken)).isNotEmpty().allSatisfy(problem ->
        assertThat(problem).startsWith("processes/casus.bpmn: de voorwaarde op '").contains(
            "na gebruikerstaak 'Casus bespreken' (userTask_discussCase) leest 'discussionOutcome', maar "
                + "forms/discuss-case.form heeft geen veld met die sleutel."));
  }

  @Test
  void aKpiFieldRemovedFromTheInterpretationForm_namesTheFormAndTheKpi() {
    String kpi = nl.plusteam.reporting.Kpi.values()[0].key();
    var broken = withoutField(Path.of("forms", "add-interpretation.form"), kpi);

    assertThat(ModelConventionTests.interpretationFormProblems(broken)).containsExactly("forms/add-interpretation.form "
        + "mist een duidingsveld (sleutel) voor de KPI('s) [" + kpi + "]; voeg een tekstvak toe in de groep 'Duiding' "
        + "met die sleutel.");
  }

  @Test
  void aDueDateRemovedFromATaskTheHandbookGivesATerm_namesTheTask() throws IOException, IllegalAccessException {
    var broken = withModel(CASUS, bpmn -> bpmn.replaceFirst(
        "(<bpmn:userTask id=\"userTask_conductIntake\"[^>]*?) camunda:dueDate=\"[^\"]*\"", "$1"));

    assertThat(ModelConventionTests.elementAndDeadlineProblems(broken)).containsExactly("processes/casus.bpmn: "
        + "'Intakegesprek voeren' (userTask_conductIntake) heeft geen vervaldatum (Due date); het handboek geeft hier een termijn. Gebruik "
        + "${intakeDeadline} of ${planDeadline}.");
  }

  @Test
  void aTimerWrittenInDutchInsteadOfIso8601_namesTheTimer() throws IOException {
    var broken = withModel(CASUS, bpmn -> replace(bpmn, ">P35D<", ">35 dagen<"));

    assertThat(ModelConventionTests.timerProblems(broken)).containsExactly("processes/casus.bpmn: timer 'Herinnering "
        + "plan' (timer_planReminder): '35 dagen' is geen geldige ISO-8601-duur. Voorbeelden: P14D (14 dagen), PT24H "
        + "(24 uur), P3M (3 maanden).");
  }

  @Test
  void aTimerWithoutRetryCycle_namesTheTimer() throws IOException {
    var broken = withModel(CASUS, bpmn -> replace(bpmn,
        "<camunda:failedJobRetryTimeCycle>R5/PT5M</camunda:failedJobRetryTimeCycle>", ""));

    assertThat(ModelConventionTests.timerRetryProblems(broken)).containsExactly("processes/casus.bpmn: timer "
        + "'Herinnering intake' (timer_intakeReminder) heeft geen 'Retry time cycle' (camunda:failedJobRetryTimeCycle). "
        + "Vul bijvoorbeeld R5/PT5M in: bij een storing wordt het 5 keer opnieuw geprobeerd, telkens na 5 minuten.");
  }

  @Test
  void aRetryCycleWithoutPause_namesTheTimer() throws IOException {
    var broken = withModel(CASUS, bpmn -> replace(bpmn,
        "<camunda:failedJobRetryTimeCycle>R5/PT5M</camunda:failedJobRetryTimeCycle>",
        "<camunda:failedJobRetryTimeCycle>R5/PT0M</camunda:failedJobRetryTimeCycle>"));

    assertThat(ModelConventionTests.timerRetryProblems(broken)).containsExactly("processes/casus.bpmn: timer "
        + "'Herinnering intake' (timer_intakeReminder): 'Retry time cycle' 'R5/PT0M' is geen geldige herhaling met "
        + "pauze. Schrijf R<aantal>/<pauze>, bijvoorbeeld R5/PT5M.");
  }

  @Test
  void aChangedProcessId_namesTheFileAndWarnsAboutRunningCases() throws IOException {
    var broken = withModel(CASUS, bpmn -> replace(bpmn, "<bpmn:process id=\"casus\"", "<bpmn:process id=\"casusNieuw\""));

    assertThat(ModelConventionTests.historyAndKeyProblems(broken)).containsExactly("processes/casus.bpmn: Proces-id "
        + "'casus' bestaat niet meer in processes/ (in dit bestand nu ['casusNieuw']). Lopende casussen gebruiken dit id; "
        + "wijzig het niet (pas alleen de naam aan).");
  }

  /** The real models, with one file replaced by a copy the mistake was applied to. */
  private static Map<Path, BpmnModelInstance> withModel(Path file, UnaryOperator<String> mistake) throws IOException {
    String broken = mistake.apply(Files.readString(file));
    Map<Path, BpmnModelInstance> copy = new HashMap<>(models);
    copy.put(file, Bpmn.readModelFromStream(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
    return copy;
  }

  /** The real forms, with every component bound to {@code key} removed from one form. */
  private static Map<Path, JsonNode> withoutField(Path file, String key) {
    JsonNode form = forms.get(file).deepCopy();
    int removed = removeComponents(form, key);
    assertThat(removed).as(file + " heeft geen veld " + key).isPositive();
    Map<Path, JsonNode> copy = new HashMap<>(forms);
    copy.put(file, form);
    return copy;
  }

  private static int removeComponents(JsonNode node, String key) {
    int removed = 0;
    if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (key.equals(array.get(i).path("key").asText(null))) {
          array.remove(i);
          removed++;
        } else {
          removed += removeComponents(array.get(i), key);
        }
      }
    } else if (node instanceof ObjectNode object) {
      for (JsonNode child : List.copyOf(toList(object))) {
        removed += removeComponents(child, key);
      }
    }
    return removed;
  }

  private static List<JsonNode> toList(ObjectNode object) {
    List<JsonNode> children = new java.util.ArrayList<>();
    object.elements().forEachRemaining(children::add);
    return children;
  }

  private static String replace(String text, String what, String with) {
    assertThat(text).as("het model bevat '" + what + "' niet meer; pas deze test aan").contains(what);
    return text.replaceFirst(java.util.regex.Pattern.quote(what), java.util.regex.Matcher.quoteReplacement(with));
  }
}
