package nl.plusteam.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Modeler element templates in element-templates/plusteam.json: a process owner picks "Termijnoverschrijding
 * intake vastleggen" from a list instead of typing a bean name, so every delegate the models use must have one and
 * every template must name a bean that exists. Task listeners are left out: Camunda 7 templates cannot bind them.
 */
class ElementTemplateTests {

  private static final Path TEMPLATES = Path.of("element-templates", "plusteam.json");
  private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  private static final Pattern BEAN = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");

  private static JsonNode templates;
  private static Map<Path, BpmnModelInstance> models;
  private static Set<String> beanNames;

  @BeforeAll
  static void read() throws IOException, ClassNotFoundException {
    templates = new ObjectMapper().readTree(TEMPLATES.toFile());
    models = ModelConventionTests.readBpmnModels();
    beanNames = ModelConventionTests.readBeanNames();
  }

  @Test
  void everyTemplateIsACamunda7TemplateWithIdNameAppliesToAndProperties() {
    assertThat(templates.isArray()).as(TEMPLATES + " moet een lijst (JSON-array) van templates zijn").isTrue();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode template : templates) {
      String where = TEMPLATES + ": template '" + template.path("name").asText("?") + "'";
      for (String field : List.of("id", "name", "description")) {
        if (template.path(field).asText("").isBlank()) {
          problems.add(where + " heeft geen '" + field + "'.");
        }
      }
      if (!SCHEMA.equals(template.path("$schema").asText())) {
        problems.add(where + ": '$schema' moet " + SCHEMA + " zijn (Camunda 7-templates).");
      }
      if (!template.path("appliesTo").isArray() || template.path("appliesTo").isEmpty()
          || !template.path("appliesTo").get(0).asText().startsWith("bpmn:")) {
        problems.add(where + ": 'appliesTo' moet een lijst van BPMN-typen zijn, bijvoorbeeld [\"bpmn:ServiceTask\"].");
      }
      if (!template.path("properties").isArray() || template.path("properties").isEmpty()) {
        problems.add(where + " heeft geen 'properties'.");
      }
      for (JsonNode property : template.path("properties")) {
        if (property.path("binding").path("type").asText("").isBlank()) {
          problems.add(where + ": een eigenschap heeft geen 'binding' met 'type'.");
        }
      }
      if (!ids.add(template.path("id").asText())) {
        problems.add(where + ": id '" + template.path("id").asText() + "' komt twee keer voor.");
      }
      String model = template.path("metadata").path("model").asText("*");
      if (!model.equals("*") && !models.containsKey(Path.of("processes", model))) {
        problems.add(where + " hoort bij model '" + model + "', maar dat staat niet in processes/.");
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyDelegateAndExecutionListenerInTheModelsHasATemplate() {
    Map<String, Set<String>> offered = new HashMap<>();
    for (JsonNode template : templates) {
      String expression = expression(template);
      if (expression != null) {
        template.path("appliesTo").forEach(type -> offered.computeIfAbsent(expression, e -> new HashSet<>())
            .add(type.asText()));
      }
    }
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        check(problems, offered, file + ": servicetaak '" + task.getName() + "' (" + task.getId() + ")",
            task.getCamundaDelegateExpression(), "bpmn:ServiceTask");
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
        check(problems, offered, file + ": listener op '" + owner.getAttributeValue("name") + "' (" + owner.getId() + ")",
            listener.getCamundaDelegateExpression(), "bpmn:" + owner.getElementType().getTypeName().substring(0, 1)
                .toUpperCase() + owner.getElementType().getTypeName().substring(1));
      }
    });
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyTemplateNamesABeanTheApplicationHas() {
    List<String> problems = new ArrayList<>();
    for (JsonNode template : templates) {
      String expression = expression(template);
      if (expression == null) {
        continue; // a pattern template (user task with a deadline) names no bean
      }
      Matcher bean = BEAN.matcher(expression);
      if (!bean.matches() || !beanNames.contains(bean.group(1))) {
        problems.add(TEMPLATES + ": template '" + template.path("name").asText() + "' (" + template.path("id").asText()
            + ") verwijst naar '" + expression + "', maar die bestaat niet in de applicatie.");
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private static void check(List<String> problems, Map<String, Set<String>> offered, String where, String expression,
      String type) {
    if (expression == null) {
      return; // no delegate: ModelConventionTests reports that
    }
    if (!offered.getOrDefault(expression, Set.of()).contains(type)) {
      problems.add(where + " gebruikt " + expression + ", maar " + TEMPLATES + " heeft daarvoor geen template voor "
          + type + ". Voeg er een toe, zodat een proceseigenaar hem uit de lijst kan kiezen.");
    }
  }

  /** The delegate expression a template fixes: a service task's implementation or an execution listener's. */
  private static String expression(JsonNode template) {
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      boolean delegate = "property".equals(binding.path("type").asText())
          && "camunda:delegateExpression".equals(binding.path("name").asText());
      boolean listener = "camunda:executionListener".equals(binding.path("type").asText())
          && "delegateExpression".equals(binding.path("implementationType").asText());
      if (delegate || listener) {
        return property.path("value").asText();
      }
    }
    return null;
  }
}
