package nl.plusteam.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.referral.process.ReferralProcess;
import nl.plusteam.safety.process.ReportingCodeProcess;
import nl.plusteam.caseload.process.AbsenceProcess;
import nl.plusteam.caseload.process.CaseloadTalkProcess;
import nl.plusteam.scaling.process.ScaleDownProcess;

/**
 * The conventions process owners rely on when they edit the models in Camunda Modeler. Every message
 * says, in Dutch, which file and which element is wrong and what to do, so a failing build is a to-do list.
 */
class ModelConventionTests {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  private static final Pattern READABLE_ID = Pattern.compile("[a-z][a-zA-Z]*_[a-z][a-zA-Z0-9]*");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");
  /** Processes whose key running cases depend on: renaming one would orphan them. */
  private static final Set<String> STABLE_PROCESS_KEYS = Set.of(CaseProcess.KEY, ReportingCodeProcess.KEY,
      ReportingCodeProcess.RAISE_KEY, ScaleDownProcess.KEY, ReferralProcess.KEY, CaseloadTalkProcess.KEY,
      CaseloadTalkProcess.RHYTHM_KEY, AbsenceProcess.KEY, nl.plusteam.reporting.process.ReportProcess.KEY);

  private static Map<Path, BpmnModelInstance> models;
  private static Map<Path, JsonNode> forms;
  private static Set<String> beanNames;

  @BeforeAll
  static void readModels() throws IOException, ClassNotFoundException {
    models = readBpmnModels();
    forms = readForms();
    beanNames = readBeanNames();
    assertThat(models).as("geen BPMN-modellen gevonden in processes/").isNotEmpty();
  }

  /** The BPMN models in processes/, by file. The checks below take them as a parameter so tests can feed mistakes. */
  static Map<Path, BpmnModelInstance> readBpmnModels() throws IOException {
    Map<Path, BpmnModelInstance> read = new HashMap<>();
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        read.put(file, Bpmn.readModelFromFile(file.toFile()));
      }
    }
    return read;
  }

  /** The Camunda Forms in forms/, by file. */
  static Map<Path, JsonNode> readForms() throws IOException {
    Map<Path, JsonNode> read = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        read.put(file, json.readTree(file.toFile()));
      }
    }
    return read;
  }

  /** The names of the application's Spring beans, as a delegate expression would name them. */
  static Set<String> readBeanNames() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> names = new HashSet<>();
    for (var bean : scanner.findCandidateComponents("nl.plusteam")) {
      String simpleName = bean.getBeanClassName().substring(bean.getBeanClassName().lastIndexOf('.') + 1);
      names.add(Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1));
      // listeners declared as @Bean methods of a configuration class
      for (var method : Class.forName(bean.getBeanClassName()).getDeclaredMethods()) {
        if (method.isAnnotationPresent(org.springframework.context.annotation.Bean.class)) {
          names.add(method.getName());
        }
      }
    }
    return names;
  }

  private static Map<String, Path> formIds(Map<Path, JsonNode> forms) {
    Map<String, Path> ids = new HashMap<>();
    forms.forEach((file, form) -> ids.put(form.path("id").asText(), file));
    return ids;
  }

  private static Set<String> formKeys(Map<Path, JsonNode> forms) {
    Set<String> keys = new HashSet<>();
    forms.values().forEach(form -> form.findValuesAsText("key").forEach(keys::add));
    return keys;
  }

  private static void assertNoProblems(List<String> problems) {
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyModelOpensInModelerForCamunda7_24() {
    assertNoProblems(executionPlatformProblems(models));
  }

  static List<String> executionPlatformProblems(Map<Path, BpmnModelInstance> models) {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      var definitions = model.getDefinitions().getDomElement();
      String platform = definitions.getAttribute(MODELER_NS, "executionPlatform");
      String version = definitions.getAttribute(MODELER_NS, "executionPlatformVersion");
      if (!"Camunda Platform".equals(platform) || version == null || !version.startsWith("7.24")) {
        problems.add(file + ": markeer het model voor Camunda Platform 7.24 (modeler:executionPlatform en "
            + "modeler:executionPlatformVersion); nu: " + platform + " " + version);
      }
    });
    return problems;
  }

  @Test
  void everyProcessHasHistoryTimeToLiveAndAStableKey() {
    assertNoProblems(historyAndKeyProblems(models));
  }

  static List<String> historyAndKeyProblems(Map<Path, BpmnModelInstance> models) {
    List<String> problems = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    models.forEach((file, model) -> model.getModelElementsByType(Process.class).forEach(process -> {
      keys.add(process.getId());
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + ": proces '" + process.getId() + "' heeft geen 'History time to live' "
            + "(tabblad History cleanup in Modeler). Vul bijvoorbeeld P1095D in.");
      }
    }));
    for (String key : STABLE_PROCESS_KEYS) {
      if (!keys.contains(key)) {
        // each stable process lives in the file named after its key: name that file and what its id is now
        Path file = PROCESSES.resolve(key + ".bpmn");
        BpmnModelInstance model = models.get(file);
        problems.add((model == null ? "" : file + ": ") + "Proces-id '" + key + "' bestaat niet meer in processes/"
            + (model == null ? "" : " (in dit bestand nu " + model.getModelElementsByType(Process.class).stream()
                .map(p -> "'" + p.getId() + "'").toList() + ")")
            + ". Lopende casussen gebruiken dit id; wijzig het niet (pas alleen de naam aan).");
      }
    }
    return problems;
  }

  @Test
  void idsAreReadableAndNoGeneratedIdsRemain() {
    assertNoProblems(readableIdProblems(models));
  }

  static List<String> readableIdProblems(Map<Path, BpmnModelInstance> models) {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (!READABLE_ID.matcher(element.getId()).matches()) {
          problems.add(file + ": element '" + name(element) + "' heeft id '" + element.getId()
              + "'. Geef het een leesbaar id: soort_watGebeurt, bijvoorbeeld userTask_conductIntake.");
        }
      }
    });
    return problems;
  }

  @Test
  void everyUserTaskHasSomeoneToDoItAndAFormThatExists() {
    assertNoProblems(userTaskProblems(models, forms));
  }

  static List<String> userTaskProblems(Map<Path, BpmnModelInstance> models, Map<Path, JsonNode> forms) {
    Map<String, Path> formIds = formIds(forms);
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file + ": gebruikerstaak '" + name(task) + "' (" + task.getId() + ")";
        if (task.getCamundaAssignee() == null && task.getCamundaCandidateGroups() == null
            && task.getCamundaCandidateUsers() == null) {
          problems.add(where + " heeft geen toegewezene en geen kandidaatgroep: niemand ziet deze taak.");
        }
        String formRef = task.getCamundaFormRef();
        if (formRef == null) {
          problems.add(where + " heeft geen formulier (Form type: Camunda Forms, Form reference).");
        } else {
          if (!formIds.containsKey(formRef)) {
            problems.add(where + " verwijst naar formulier '" + formRef + "', maar geen bestand in forms/ heeft dat id. "
                + "Bestaande formulieren: " + formIds.keySet());
          }
          if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            problems.add(where + ": zet Binding op 'deployment', zodat een procesversie haar eigen formulieren houdt.");
          }
        }
      }
    });
    return problems;
  }

  @Test
  void codeIsReferencedByKnownBeansOnly_neverByClassOrScript() {
    assertNoProblems(delegateProblems(models, beanNames));
  }

  static List<String> delegateProblems(Map<Path, BpmnModelInstance> models, Set<String> beanNames) {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String where = file + ": servicetaak '" + name(task) + "' (" + task.getId() + ")";
        if (task.getCamundaClass() != null) {
          problems.add(where + " gebruikt een Java-klasse; kies een delegate-expressie zoals ${recordIntakeDelegate}.");
        }
        checkBean(problems, beanNames, where, task.getCamundaDelegateExpression());
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        checkListener(problems, beanNames, file, listener, listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
            listener.getCamundaScript() != null);
      }
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        checkListener(problems, beanNames, file, listener, listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
            listener.getCamundaScript() != null);
      }
      for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
        problems.add(file + ": scripttaak '" + name(script) + "' (" + script.getId()
            + "): scripts in modellen zijn niet toegestaan; gebruik een servicetaak met een delegate.");
      }
    });
    return problems;
  }

  @Test
  void caseloadRoundTermsAreValid() {
    assertNoProblems(caseloadRoundTermProblems(models));
  }

  static List<String> caseloadRoundTermProblems(Map<Path, BpmnModelInstance> models) {
    BpmnModelInstance talks = models.get(PROCESSES.resolve("caseloadgesprek.bpmn"));
    assertThat(talks).as("processes/caseloadgesprek.bpmn ontbreekt").isNotNull();
    List<String> problems = new ArrayList<>();
    org.camunda.bpm.model.bpmn.instance.ServiceTask plan = talks.getModelElementById(
        CaseloadTalkProcess.Elements.PLAN_ROUND);
    Map<String, String> terms = new HashMap<>();
    if (plan != null) {
      plan.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class).forEach(ext ->
          ext.getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class)
              .list().forEach(io -> io.getCamundaInputParameters().forEach(p -> terms.put(p.getCamundaName(),
                  p.getTextContent().strip()))));
    }
    for (String term : List.of(CaseloadTalkProcess.Variables.TALK_AFTER, CaseloadTalkProcess.Variables.PREPARATION_BEFORE)) {
      String value = terms.get(term);
      boolean valid = value != null && value.matches("P\\d+[DW]");
      if (!valid) {
        problems.add("processes/caseloadgesprek.bpmn: 'Ronde plannen' (" + CaseloadTalkProcess.Elements.PLAN_ROUND
            + ") heeft voor invoerparameter '" + term + "' " + (value == null ? "geen waarde" : "'" + value + "'")
            + "; vul een termijn in dagen of weken in, bijvoorbeeld P2W (2 weken) of P10D (10 dagen).");
      }
    }
    return problems;
  }

  @Test
  void timersAreValidIso8601() {
    assertNoProblems(timerProblems(models));
  }

  static List<String> timerProblems(Map<Path, BpmnModelInstance> models) {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        BaseElement event = (BaseElement) timer.getParentElement();
        String where = file + ": timer '" + name(event) + "' (" + event.getId() + ")";
        if (timer.getTimeDuration() != null) {
          String value = timer.getTimeDuration().getTextContent().strip();
          if (!value.startsWith("${") && !isIsoDuration(value)) {
            problems.add(where + ": '" + value + "' is geen geldige ISO-8601-duur. Voorbeelden: P14D (14 dagen), "
                + "PT24H (24 uur), P3M (3 maanden).");
          }
        } else if (timer.getTimeCycle() != null) {
          String value = timer.getTimeCycle().getTextContent().strip();
          String[] parts = value.split("/");
          boolean iso = parts.length == 2 && parts[0].matches("R\\d*") && isIsoDuration(parts[1]);
          if (!value.startsWith("${") && !iso && !isCron(value)) {
            problems.add(where + ": '" + value + "' is geen geldige cyclus. Schrijf een ISO-8601-cyclus, bijvoorbeeld "
                + "R/P6W (elke 6 weken), of een cron-uitdrukking (seconde minuut uur dag maand weekdag), bijvoorbeeld "
                + "0 0 6 1 1,4,7,10 ? (06:00 op de eerste dag van elk kwartaal).");
          }
        } else if (timer.getTimeDate() == null) {
          problems.add(where + " heeft geen tijd: vul een duur (bijv. P14D), datum of cyclus in.");
        }
      }
    });
    return problems;
  }

  /**
   * A timer's job does the work after it (record a breach, freeze figures) and can fail while the database is
   * away. The engine's default (3 tries without pause) would turn a short outage into incidents; every timer
   * names its own retry cycle, so the process owner sees it in the Modeler ("Retry time cycle").
   */
  @Test
  void everyTimerRetriesWithAPause() {
    assertNoProblems(timerRetryProblems(models));
  }

  static List<String> timerRetryProblems(Map<Path, BpmnModelInstance> models) {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        BaseElement event = (BaseElement) timer.getParentElement();
        String where = file + ": timer '" + name(event) + "' (" + event.getId() + ")";
        String cycle = event.getExtensionElements() == null ? null : event.getExtensionElements().getElements().stream()
            .filter(e -> "failedJobRetryTimeCycle".equals(e.getDomElement().getLocalName()))
            .map(e -> e.getTextContent().strip()).findFirst().orElse(null);
        String[] parts = cycle == null ? new String[0] : cycle.split("/");
        if (cycle == null) {
          problems.add(where + " heeft geen 'Retry time cycle' (camunda:failedJobRetryTimeCycle). Vul bijvoorbeeld "
              + "R5/PT5M in: bij een storing wordt het 5 keer opnieuw geprobeerd, telkens na 5 minuten.");
        } else if (parts.length != 2 || !parts[0].matches("R[1-9]\\d*") || !isIsoDuration(parts[1])
            || parts[1].matches("PT?0+[SMHDW]")) {
          problems.add(where + ": 'Retry time cycle' '" + cycle + "' is geen geldige herhaling met pauze. Schrijf "
              + "R<aantal>/<pauze>, bijvoorbeeld R5/PT5M.");
        }
      }
    });
    return problems;
  }

  /** A cron cycle as the engine reads it (six or seven fields: a cycle that is not ISO-8601 must be one). */
  private static boolean isCron(String value) {
    if (value.split("\\s+").length < 6) {
      return false;
    }
    try {
      org.camunda.bpm.engine.impl.calendar.CronTimer.parse(value);
      return true;
    } catch (java.text.ParseException | RuntimeException e) {
      return false;
    }
  }

  @Test
  void everyVariableAConditionOrAssignmentReads_isFilledByAFormOrTheApplication() throws IllegalAccessException {
    assertNoProblems(variableProblems(models, forms, beanNames));
  }

  static List<String> variableProblems(Map<Path, BpmnModelInstance> models, Map<Path, JsonNode> forms,
      Set<String> beanNames) throws IllegalAccessException {
    Set<String> known = new HashSet<>(formKeys(forms));
    for (Class<?> variables : List.of(CaseProcess.Variables.class, ReportingCodeProcess.Variables.class,
        CaseloadTalkProcess.Variables.class, AbsenceProcess.Variables.class,
        nl.plusteam.reporting.process.ReportProcess.Variables.class)) {
      for (Field field : variables.getFields()) {
        known.add((String) field.get(null));
      }
    }
    known.addAll(beanNames);
    known.addAll(EL_WORDS);
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (flow.getConditionExpression() != null) {
          check(problems, known, file + ": de voorwaarde op '" + name(flow) + "' (" + flow.getId() + ")",
              flow.getConditionExpression().getTextContent());
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file + ": gebruikerstaak '" + name(task) + "' (" + task.getId() + ")";
        check(problems, known, where, task.getCamundaAssignee());
        check(problems, known, where, task.getCamundaCandidateGroups());
        check(problems, known, where, task.getCamundaCandidateUsers());
        check(problems, known, where, task.getCamundaDueDate());
      }
    });
    return problems;
  }

  /**
   * A gateway straight after a user task decides on the answer given in that task's form: a field its conditions
   * read must be in that form. (Other variables are checked above; this catches a removed form field whose name the
   * application also knows.)
   */
  @Test
  void aGatewayStraightAfterAUserTaskReadsFieldsOfThatTasksForm() {
    assertNoProblems(gatewayAfterUserTaskProblems(models, forms));
  }

  static List<String> gatewayAfterUserTaskProblems(Map<Path, BpmnModelInstance> models, Map<Path, JsonNode> forms) {
    Map<String, Path> formIds = formIds(forms);
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        Path formFile = formIds.get(task.getCamundaFormRef());
        if (formFile == null) {
          continue; // a missing form is reported by everyUserTaskHasSomeoneToDoItAndAFormThatExists
        }
        Set<String> fields = new HashSet<>(forms.get(formFile).findValuesAsText("key"));
        for (SequenceFlow out : task.getOutgoing()) {
          if (!(out.getTarget() instanceof org.camunda.bpm.model.bpmn.instance.ExclusiveGateway gateway)) {
            continue;
          }
          for (SequenceFlow branch : gateway.getOutgoing()) {
            if (branch.getConditionExpression() == null) {
              continue;
            }
            String condition = branch.getConditionExpression().getTextContent();
            var matcher = IDENTIFIER.matcher(condition.replaceAll("'[^']*'", "''").replace("${", " ").replace("}", " "));
            while (matcher.find()) {
              String name = matcher.group(1);
              if (!EL_WORDS.contains(name) && !fields.contains(name)) {
                problems.add(file + ": de voorwaarde op '" + name(branch) + "' (" + branch.getId() + ") na gebruikerstaak '"
                    + name(task) + "' (" + task.getId() + ") leest '" + name + "', maar " + formFile
                    + " heeft geen veld met die sleutel. Zet het veld terug in het formulier of pas de voorwaarde aan.");
              }
            }
          }
        }
      }
    });
    return problems;
  }

  @Test
  void decisionTablesAreForCamunda7_withHistoryTimeToLive_validTerms_andEveryReferencedDecisionExists()
      throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> decisions = new HashSet<>();
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
        var dmn = org.camunda.bpm.model.dmn.Dmn.readModelFromFile(file.toFile());
        String platform = dmn.getDefinitions().getDomElement().getAttribute(MODELER_NS, "executionPlatform");
        if (!"Camunda Platform".equals(platform)) {
          problems.add(file + ": markeer de beslistabel voor Camunda Platform 7.24 (modeler:executionPlatform).");
        }
        for (var decision : dmn.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)) {
          decisions.add(decision.getId());
          if (decision.getCamundaHistoryTimeToLiveString() == null) {
            problems.add(file + ": beslissing '" + decision.getName() + "' heeft geen 'History time to live'.");
          }
        }
        for (var entry : dmn.getModelElementsByType(org.camunda.bpm.model.dmn.instance.OutputEntry.class)) {
          String text = entry.getTextContent().strip();
          if (text.matches("\"P.*\"") && !isIsoDuration(text.substring(1, text.length() - 1))) {
            problems.add(file + ": uitkomst " + text + " (" + entry.getId() + ") is geen geldige ISO-8601-duur. "
                + "Voorbeelden: \"P14D\" (14 dagen), \"P3D\".");
          }
        }
      }
    }
    models.forEach((file, model) -> model.getModelElementsByType(
        org.camunda.bpm.model.bpmn.instance.BusinessRuleTask.class).forEach(task -> {
          String ref = task.getCamundaDecisionRef();
          if (ref == null || !decisions.contains(ref)) {
            problems.add(file + ": '" + name(task) + "' (" + task.getId() + ") verwijst naar beslissing '" + ref
                + "', maar die staat in geen .dmn-bestand in processes/. Bestaande: " + decisions);
          }
        }));
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void diagramIsComplete() {
    assertNoProblems(diagramProblems(models));
  }

  static List<String> diagramProblems(Map<Path, BpmnModelInstance> models) {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      Collection<FlowElement> elements = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
      elements.addAll(model.getModelElementsByType(SequenceFlow.class));
      for (FlowElement element : elements) {
        if (!drawn.contains(element.getId())) {
          problems.add(file + ": '" + name(element) + "' (" + element.getId() + ") staat niet in het diagram.");
        }
      }
    });
    return problems;
  }

  @Test
  void everyModelHasEveryElementTheCodeReliesOn_andDeadlinesOnItsTasks() throws IllegalAccessException {
    assertNoProblems(elementAndDeadlineProblems(models));
  }

  static List<String> elementAndDeadlineProblems(Map<Path, BpmnModelInstance> models) throws IllegalAccessException {
    BpmnModelInstance casus = models.get(PROCESSES.resolve("casus.bpmn"));
    assertThat(casus).as("processes/casus.bpmn ontbreekt").isNotNull();
    List<String> problems = new ArrayList<>();
    Map<String, Class<?>> elementsPerModel = Map.of(
        "casus.bpmn", CaseProcess.Elements.class,
        "meldcode.bpmn", ReportingCodeProcess.Elements.class,
        "veiligheidssignaal.bpmn", ReportingCodeProcess.RaiseElements.class,
        "afschalen.bpmn", ScaleDownProcess.Elements.class,
        "verwijzing.bpmn", ReferralProcess.Elements.class,
        "caseloadgesprek.bpmn", CaseloadTalkProcess.Elements.class,
        "caseloadritme.bpmn", CaseloadTalkProcess.RhythmElements.class,
        "afwezigheid.bpmn", AbsenceProcess.Elements.class,
        "kwartaalrapportage.bpmn", nl.plusteam.reporting.process.ReportProcess.Elements.class);
    for (Map.Entry<String, Class<?>> entry : elementsPerModel.entrySet()) {
      BpmnModelInstance model = models.get(PROCESSES.resolve(entry.getKey()));
      for (Field field : entry.getValue().getFields()) {
        String id = (String) field.get(null);
        if (model == null || model.getModelElementById(id) == null) {
          problems.add("processes/" + entry.getKey() + ": element '" + id + "' ontbreekt; de applicatie gebruikt het. "
              + "Herstel het id of overleg met de ontwikkelaars.");
        }
      }
    }
    UserTask decide = models.get(PROCESSES.resolve("meldcode.bpmn")).getModelElementById(ReportingCodeProcess.Elements.DECIDE);
    if (decide != null && decide.getCamundaDueDate() == null) {
      problems.add("processes/meldcode.bpmn: '" + name(decide) + "' (" + decide.getId() + ")"
          + " heeft geen vervaldatum (Due date); het handboek geeft "
          + "hier een termijn (acuut 24 uur). Gebruik ${decisionDeadline}.");
    }
    BpmnModelInstance talks = models.get(PROCESSES.resolve("caseloadgesprek.bpmn"));
    for (String taskId : List.of(CaseloadTalkProcess.Elements.PREPARE, CaseloadTalkProcess.Elements.HOLD_TALK)) {
      UserTask task = talks == null ? null : talks.getModelElementById(taskId);
      if (task != null && task.getCamundaDueDate() == null) {
        problems.add("processes/caseloadgesprek.bpmn: '" + name(task) + "' (" + task.getId() + ")"
            + " heeft geen vervaldatum (Due date); het handboek "
            + "geeft hier een termijn. Gebruik ${preparationDeadline} of ${talkDate}.");
      }
    }
    for (String taskId : List.of(CaseProcess.Elements.DISTRIBUTE, CaseProcess.Elements.CONDUCT_INTAKE,
        CaseProcess.Elements.DRAFT_PLAN, CaseProcess.Elements.RECORD_CONSENT)) {
      UserTask task = casus.getModelElementById(taskId);
      if (task != null && task.getCamundaDueDate() == null) {
        problems.add("processes/casus.bpmn: '" + name(task) + "' (" + task.getId() + ")"
            + " heeft geen vervaldatum (Due date); het handboek "
            + "geeft hier een termijn. Gebruik ${intakeDeadline} of ${planDeadline}.");
      }
    }
    UserTask evaluate = casus.getModelElementById(CaseProcess.Elements.EVALUATE);
    if (evaluate != null && evaluate.getCamundaDueDate() == null) {
      problems.add("processes/casus.bpmn: '" + name(evaluate) + "' (" + evaluate.getId() + ")"
          + " heeft geen vervaldatum (Due date); de KPI 'Evaluaties "
          + "op tijd' meet daartegen. Gebruik ${deadlineCalendar.after(evaluationWithin, false)}.");
    }
    BpmnModelInstance report = models.get(PROCESSES.resolve("kwartaalrapportage.bpmn"));
    UserTask interpret = report == null ? null
        : report.getModelElementById(nl.plusteam.reporting.process.ReportProcess.Elements.ADD_INTERPRETATION);
    if (interpret != null && interpret.getCamundaDueDate() == null) {
      problems.add("processes/kwartaalrapportage.bpmn: '" + name(interpret) + "' (" + interpret.getId() + ")"
          + " heeft geen vervaldatum (Due date). "
          + "Gebruik ${deadlineCalendar.after(interpretationWithin, false)}.");
    }
    return problems;
  }

  /** The interpretation form has a field for every KPI the report freezes: a KPI without one could not be explained. */
  @Test
  void interpretationFormHasAFieldPerKpi() {
    assertNoProblems(interpretationFormProblems(forms));
  }

  static List<String> interpretationFormProblems(Map<Path, JsonNode> forms) {
    JsonNode form = forms.get(FORMS.resolve("add-interpretation.form"));
    if (form == null) {
      return List.of("forms/add-interpretation.form ontbreekt; de kwartaalrapportage gebruikt het.");
    }
    Set<String> keys = new HashSet<>();
    form.findValues("key").forEach(key -> keys.add(key.asText()));
    List<String> missing = java.util.Arrays.stream(nl.plusteam.reporting.Kpi.values()).map(nl.plusteam.reporting.Kpi::key)
        .filter(key -> !keys.contains(key)).toList();
    return missing.isEmpty() ? List.of() : List.of("forms/add-interpretation.form mist een duidingsveld (sleutel) voor "
        + "de KPI('s) " + missing + "; voeg een tekstvak toe in de groep 'Duiding' met die sleutel.");
  }

  @Test
  void formsAreCamunda7FormsWithUniqueIds() {
    assertNoProblems(formProblems(forms));
  }

  static List<String> formProblems(Map<Path, JsonNode> forms) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path file : forms.keySet().stream().sorted().toList()) {
      JsonNode form = forms.get(file);
      if (!"Camunda Platform".equals(form.path("executionPlatform").asText())) {
        problems.add(file + ": kies in Modeler het platform Camunda Platform 7 voor dit formulier.");
      }
      if (!form.findValues("type").stream().filter(t -> "dynamiclist".equals(t.asText())).toList().isEmpty()) {
        problems.add(file + ": gebruikt een dynamische lijst; de Tasklist van Camunda 7.24 kan zo'n formulier niet "
            + "afronden (de knop Complete blijft grijs). Gebruik genummerde groepen (doel1, doel2, …).");
      }
      List<String> componentIds = form.findValuesAsText("id").stream().skip(1).toList();
      Set<String> duplicates = new HashSet<>();
      Set<String> unique = new HashSet<>();
      componentIds.forEach(id -> {
        if (!unique.add(id)) {
          duplicates.add(id);
        }
      });
      if (!duplicates.isEmpty()) {
        problems.add(file + ": deze veld-id's komen meer dan eens voor: " + duplicates
            + ". Tasklist toont het formulier dan niet (\"form field with id … already exists\").");
      }
      if (!seen.add(form.path("id").asText())) {
        problems.add(file + ": formulier-id '" + form.path("id").asText() + "' wordt al door een ander formulier gebruikt.");
      }
    }
    return problems;
  }

  private static void checkListener(List<String> problems, Set<String> beanNames, Path file, ModelElementInstance listener, String className,
      String delegateExpression, boolean script) {
    BaseElement owner = (BaseElement) listener.getParentElement().getParentElement();
    String where = file + ": listener op '" + name(owner) + "' (" + owner.getId() + ")";
    if (className != null || script) {
      problems.add(where + " gebruikt een Java-klasse of script; kies een delegate-expressie.");
    }
    checkBean(problems, beanNames, where, delegateExpression);
  }

  private static void checkBean(List<String> problems, Set<String> beanNames, String where, String delegateExpression) {
    if (delegateExpression == null) {
      problems.add(where + " heeft geen delegate-expressie; kies er een uit de lijst, bijvoorbeeld ${recordIntakeDelegate}.");
      return;
    }
    var matcher = BEAN_EXPRESSION.matcher(delegateExpression.strip());
    if (!matcher.matches() || !beanNames.contains(matcher.group(1))) {
      problems.add(where + " verwijst naar '" + delegateExpression + "', maar die bestaat niet in de applicatie. "
          + "Bestaande: " + beanNames.stream().filter(b -> b.endsWith("Delegate") || b.endsWith("Listener")).sorted()
          .toList());
    }
  }

  /** Words of the expression language and the engine's own names, never process variables. */
  private static final Set<String> EL_WORDS = Set.of("execution", "task", "true", "false", "null", "empty", "not", "and",
      "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "dateTime", "now", "currentUser",
      "currentUserGroups");

  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_][a-zA-Z0-9_]*)");

  private static void check(List<String> problems, Set<String> known, String where, String expression) {
    if (expression == null || !expression.contains("${")) {
      return;
    }
    String withoutStrings = expression.replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"");
    var matcher = IDENTIFIER.matcher(withoutStrings.replace("${", " ").replace("}", " "));
    while (matcher.find()) {
      String name = matcher.group(1);
      int next = matcher.end();
      boolean isMethodCall = next < withoutStrings.length() && withoutStrings.replace("${", " ").charAt(next) == '(';
      if (!known.contains(name) && !isMethodCall) {
        problems.add(where + " leest '" + name + "', maar geen formulier vult dat veld en de applicatie zet het niet. "
            + "Controleer de schrijfwijze (hoofdletters tellen).");
      }
    }
  }

  private static boolean isIsoDuration(String value) {
    int t = value.indexOf('T');
    try {
      if (t < 0) {
        Period.parse(value);
      } else if (t == 1) {
        Duration.parse(value);
      } else {
        Period.parse(value.substring(0, t));
        Duration.parse("P" + value.substring(t));
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String name(BaseElement element) {
    String name = element.getAttributeValue("name");
    return name == null ? element.getId() : name.replace('\n', ' ');
  }
}
