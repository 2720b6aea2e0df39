package nl.plusteam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess.Elements;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.security.HostileInputs.FormField;
import nl.plusteam.security.HostileInputs.Kind;
import nl.plusteam.security.HostileInputs.Mutation;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;
import nl.plusteam.support.StoreCounts;

/**
 * Issue 7, "Bad input": a generated set of malformed and hostile handoffs and task completions. Every one must
 * be refused with a 4xx and a clear Dutch message, without a server error, and must change nothing: no rows,
 * no process instances, the task still open with its assignee. All offending inputs are listed at once.
 */
@PlusTeamTest
class HostileInputTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GM = "cmd.geldropmierlo";
  /** Text that only an engine or framework message contains, never one of ours. */
  private static final List<String> NOT_FOR_USERS = List.of("Exception", "ENGINE-", "Cannot ", "org.camunda", "Required request", "JSON parse error");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService historyService;

  /** One generated input: what it is, who sends it, where, and which field its message must name ("" = any). */
  record Input(String label, String user, String path, String body, Map<String, String> headers, String field) {}

  record Outcome(Input input, int status, String body) {}

  @AfterEach
  void resetClock() {
    CaseWalk.end();
  }

  @Test
  void everyHostileHandoffAndTaskCompletion_isRefusedWithDutch4xx_andChangesNothing() throws Exception {
    CaseWalk walk = CaseWalk.begin(port, engine, plans, caseFiles);
    Map<String, OpenTask> tasks = openTasks(walk);
    String reusedKey = "hostile-" + UUID.randomUUID();
    assertThat(post(GM, "/api/handoffs", HandoffJson.valid("geldrop-mierlo").toString(), key(reusedKey)).status())
        .as("the handoff whose key is reused below").isEqualTo(201);

    List<Input> inputs = new ArrayList<>(handoffInputs(reusedKey));
    tasks.forEach((name, task) -> inputs.addAll(taskInputs(name, task)));
    Map<String, Long> tablesBefore = tableCounts();
    StoreCounts storeBefore = StoreCounts.of(jdbc, historyService);

    long started = System.nanoTime();
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Input input : inputs) {
      Http.Response response = post(input.user(), input.path(), input.body(), input.headers());
      statuses.merge(response.status(), 1, Integer::sum);
      if (response.status() < 400) {
        System.out.println("HOSTILE-ACCEPTED " + input.label() + " " + abbreviate(input.body()));
      }
      String problem = judge(input, response);
      StoreCounts storeNow = StoreCounts.of(jdbc, historyService);
      if (!storeNow.equals(storeBefore)) {
        problem = (problem == null ? "" : problem + "; ") + "rows changed: " + storeBefore + " -> " + storeNow;
        storeBefore = storeNow;
      }
      for (OpenTask task : tasks.values()) {
        Task now = engine.getTaskService().createTaskQuery().taskId(task.id()).singleResult();
        if (now == null || !java.util.Objects.equals(now.getAssignee(), task.assignee())) {
          problem = (problem == null ? "" : problem + "; ") + "task " + task.name() + " no longer open as before";
        }
      }
      if (problem != null) {
        failures.add(input.label() + " -> " + response.status() + " " + abbreviate(response.body()) + " [" + problem
            + "]");
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("HostileInputTests: %d inputs in %d ms; statuses %s%n", inputs.size(), millis, statuses);
    failures.forEach(f -> System.out.println("HOSTILE-FAILURE " + f.replace('\n', ' ')));

    assertThat(inputs).as("generated inputs").hasSizeGreaterThanOrEqualTo(500);
    assertThat(failures).as("inputs not refused cleanly (%d of %d)", failures.size(), inputs.size()).isEmpty();
    assertThat(tableCounts()).as("row count of every table").isEqualTo(tablesBefore);

    // The unmutated requests are valid: the refusals above are the mutations' doing, not a broken base.
    assertThat(post(GM, "/api/handoffs", HandoffJson.valid("geldrop-mierlo").toString(), key(null)).status())
        .isEqualTo(201);
    for (OpenTask task : tasks.values()) {
      assertThat(post(task.user(), submitPath(task.id()), JSON.writeValueAsString(task.validBody()), Map.of()).status())
          .as("valid completion of " + task.name()).isEqualTo(204);
    }
  }

  // --- the handoff API ---

  private List<Input> handoffInputs(String reusedKey) {
    List<Input> inputs = new ArrayList<>();
    ObjectNode valid = HandoffJson.valid("geldrop-mierlo");
    Map<String, Kind> kinds = new LinkedHashMap<>();
    Map<String, Boolean> required = new LinkedHashMap<>();
    for (String path : HostileInputs.leafPaths(valid, "")) {
      kinds.put(path, kindOfHandoffField(path));
      required.put(path, !path.endsWith(".bsn") && !path.endsWith(".phone") && !path.endsWith(".email"));
    }
    // Containers: the wrong shape, or missing altogether.
    for (String container : List.of("members", "members[0]", "problemDomains", "cmdContact")) {
      kinds.put(container, container.equals("members") || container.equals("problemDomains") ? Kind.LIST : Kind.OBJECT);
      required.put(container, true);
    }
    kinds.forEach((path, kind) -> {
      int maxLength = path.equals("triageSummary") ? 4000 : kind == Kind.NAME ? 200 : 0;
      for (Mutation mutation : HostileInputs.mutations(kind, required.get(path), maxLength, 1900, 2099)) {
        if (path.equals("members[0]") && mutation.removes()) {
          continue; // one member less is the next one moving up; "only a child" is generated below
        }
        inputs.add(handoff("veld " + path + ": " + mutation.label(), GM,
            HostileInputs.mutate(valid, path, mutation).toString(), key(null), rootOf(path, mutation)));
      }
    });
    inputs.add(handoff("alleen een kind", GM, HostileInputs.mutate(valid, "members[0]", new Mutation("weg", null))
        .toString(), key(null), "members"));
    inputs.add(handoff("lege lijst gezinsleden", GM, with(valid, "members", JSON.createArrayNode()), key(null), "members"));
    ObjectNode many = valid.deepCopy();
    for (int i = 0; i < 25; i++) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) many.get("members")).add(valid.get("members").get(1).deepCopy());
    }
    inputs.add(handoff("26 gezinsleden", GM, many.toString(), key(null), "members"));
    inputs.add(handoff("één probleemdomein", GM, with(valid, "problemDomains", JSON.createArrayNode().add("financien")),
        key(null), "problemDomains"));
    inputs.add(handoff("dubbel probleemdomein", GM,
        with(valid, "problemDomains", JSON.createArrayNode().add("financien").add("financien")), key(null), "problemDomains"));
    ObjectNode twoSameBsn = valid.deepCopy();
    ((ObjectNode) twoSameBsn.get("members").get(1)).put("bsn", HandoffJson.BSN);
    inputs.add(handoff("zelfde BSN twee keer", GM, twoSameBsn.toString(), key(null), "members"));
    ObjectNode noContact = valid.deepCopy();
    ((ObjectNode) noContact.get("cmdContact")).remove(List.of("phone", "email"));
    inputs.add(handoff("contact zonder telefoon en e-mail", GM, noContact.toString(), key(null), "cmdContact"));
    inputs.add(handoff("onbekend veld", GM, with(valid, "caseFileId", JSON.getNodeFactory().numberNode(1)), key(null),
        "caseFileId"));

    // The document itself.
    String body = valid.toString();
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("lege body", "");
    documents.put("afgebroken JSON", body.substring(0, body.length() / 2));
    documents.put("JSON-lijst", "[" + body + "]");
    documents.put("JSON null", "null");
    documents.put("JSON-tekst", "\"aanmelding\"");
    documents.put("JSON-getal", "42");
    documents.put("staart na JSON", body + " {}");
    documents.put("commentaar in JSON", "/* x */" + body);
    documents.put("enkele aanhalingstekens", body.replace('"', '\''));
    documents.put("dubbele sleutel municipality", "{\"municipality\":\"waalre\"," + body.substring(1));
    documents.put("dubbele sleutel urgency", "{\"urgency\":\"spoed\"," + body.substring(1));
    documents.put("dubbele sleutel in gezinslid", body.replace("\"role\":\"child\"", "\"role\":\"child\",\"role\":\"parent\""));
    documents.put("diep genest", "{\"members\":" + "[".repeat(2000) + "]".repeat(2000) + "}");
    documents.put("te grote body", "{\"triageSummary\":\"" + "z".repeat(1_100_000) + "\"}");
    documents.forEach((label, document) -> inputs.add(handoff("document: " + label, GM, document, key(null), "")));
    for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/javascript")) {
      Map<String, String> headers = new LinkedHashMap<>(key(null));
      headers.put("Content-Type", contentType);
      inputs.add(handoff("content type " + contentType, GM, body, headers, ""));
    }

    // Who sends it, and with which key.
    inputs.add(handoff("CMD Waalre meldt Geldrop-Mierlo aan", "cmd.waalre", body, key(null), ""));
    inputs.add(handoff("CMD Geldrop-Mierlo meldt Waalre aan", GM, HandoffJson.valid("waalre").toString(), key(null), ""));
    for (String user : List.of("generalist.anna", "teammanager", "directeur", "procesbeheerder", "admin")) {
      inputs.add(handoff("geen CMD: " + user, user, body, key(null), ""));
    }
    inputs.add(handoff("zonder Idempotency-Key", GM, body, Map.of(), "Idempotency-Key"));
    for (Map.Entry<String, String> badKey : Map.of("129 tekens", "k".repeat(129), "5.000 tekens", "k".repeat(5_000),
        "spatie", "sleutel met spatie", "leeg", "").entrySet()) {
      inputs.add(handoff("Idempotency-Key " + badKey.getKey(), GM, body, key(badKey.getValue()), "Idempotency-Key"));
    }
    ObjectNode other = valid.deepCopy().put("urgency", "spoed");
    inputs.add(handoff("Idempotency-Key hergebruikt met andere inhoud", GM, other.toString(), key(reusedKey), ""));
    return inputs;
  }

  private static Kind kindOfHandoffField(String path) {
    if (path.endsWith(".name")) {
      return Kind.NAME;
    }
    if (path.endsWith(".bsn")) {
      return Kind.BSN;
    }
    if (path.endsWith(".phone")) {
      return Kind.PHONE;
    }
    if (path.endsWith(".email")) {
      return Kind.EMAIL;
    }
    if (path.endsWith(".birthYear")) {
      return Kind.INTEGER;
    }
    if (path.equals("dataSharingConsent")) {
      return Kind.BOOLEAN_TRUE;
    }
    if (path.equals("triageSummary")) {
      return Kind.FREE_TEXT;
    }
    return Kind.CODE; // municipality, urgency, members[i].role, problemDomains[i]
  }

  private static Input handoff(String label, String user, String body, Map<String, String> headers, String field) {
    return new Input("aanmelding, " + label, user, "/api/handoffs", body, headers, field);
  }

  // --- task completions ---

  record OpenTask(String name, String id, String assignee, String user, String form, Map<String, Object> validBody,
      ObjectNode validDossier) {}

  private Map<String, OpenTask> openTasks(CaseWalk walk) {
    ProcessInstance distribution = walk.handOff();
    ProcessInstance intake = walk.handOff();
    walk.distribute(intake, CaseWalk.ANNA, CaseWalk.BRAM);
    ProcessInstance plan = walk.toPlanPhase();
    ProcessInstance consent = walk.toPlanPhase();
    walk.draftPlan(consent, Dossiers.today().plusMonths(6));
    ProcessInstance evaluation = walk.toEvaluation();

    Map<String, OpenTask> tasks = new LinkedHashMap<>();
    Task distribute = task(Elements.DISTRIBUTE, distribution);
    tasks.put("verdelen", new OpenTask("verdelen", distribute.getId(), distribute.getAssignee(), "teammanager",
        "forms/distribute-handoff.form", Map.of("variables", Map.of(
            "leadGeneralist", Map.of("type", "String", "value", CaseWalk.ANNA),
            "partnerGeneralist", Map.of("type", "String", "value", CaseWalk.BRAM))), null));
    tasks.put("intake", dossierTask("intake", task(Elements.CONDUCT_INTAKE, intake), "forms/conduct-intake.form",
        Dossiers.intake(true)));
    tasks.put("gezinsplan", dossierTask("gezinsplan", task(Elements.DRAFT_PLAN, plan), "forms/draft-family-plan.form",
        Dossiers.plan(Dossiers.today().plusMonths(6))));
    tasks.put("akkoord", dossierTask("akkoord", task(Elements.RECORD_CONSENT, consent),
        "forms/record-family-consent.form", Dossiers.consent(true)));
    tasks.put("evaluatie", dossierTask("evaluatie", task(Elements.EVALUATE, evaluation),
        "forms/evaluate-with-family.form", walk.evaluation(evaluation, "doorgaan")));
    return tasks;
  }

  private static OpenTask dossierTask(String name, Task task, String form, ObjectNode dossier) {
    return new OpenTask(name, task.getId(), task.getAssignee(), task.getAssignee(), form, formBody(dossier), dossier);
  }

  private static Map<String, Object> formBody(ObjectNode dossier) {
    return Map.of("variables", Map.of("dossier", Map.of("type", "Json", "value", dossier.toString())));
  }

  private List<Input> taskInputs(String name, OpenTask task) {
    List<Input> inputs = new ArrayList<>();
    String path = submitPath(task.id());
    if (task.validDossier() != null) {
      for (FormField field : HostileInputs.formFields(task.form())) {
        Kind kind = kindOfFormField(field);
        if (kind == null || !isFirstSlotOrPlain(field.path())) {
          continue;
        }
        for (Mutation mutation : HostileInputs.mutations(kind, field.required(), field.maxLength(), field.min(),
            field.max())) {
          if (field.options().equals(List.of("ja", "nee")) && mutation.value() != null && mutation.value().isBoolean()) {
            continue; // a yes/no question may be answered true/false (as a checkbox does): not hostile
          }
          if (!task.validDossier().has(field.path().split("\\.")[0]) && mutation.removes()) {
            continue;
          }
          ObjectNode dossier = mutateDossier(task.validDossier(), field.path(), mutation);
          inputs.add(new Input(name + ", veld " + field.path() + ": " + mutation.label(), task.user(), path,
              toJson(formBody(dossier)), Map.of(), ""));
        }
        for (String option : field.options().isEmpty() ? List.<String>of() : List.of("onbekend", "' OR 1=1 --",
            "<script>alert(1)</script>", "${1+1}")) {
          ObjectNode dossier = mutateDossier(task.validDossier(), field.path(), new Mutation("optie",
              HostileInputs.NODES.textNode(option)));
          inputs.add(new Input(name + ", veld " + field.path() + ": optie " + option, task.user(), path,
              toJson(formBody(dossier)), Map.of(), ""));
        }
      }
    } else {
      for (String field : List.of("leadGeneralist", "partnerGeneralist")) {
        Map<String, Object> valid = variablesOf(task.validBody());
        List<Object> values = new ArrayList<>(List.of(Map.of("type", "String", "value", "onbekende.gebruiker"),
            Map.of("type", "String", "value", "teammanager"), Map.of("type", "String", "value", ""),
            Map.of("type", "String", "value", HostileInputs.HUGE), Map.of("type", "Long", "value", 5),
            Map.of("type", "Boolean", "value", true), Map.of("type", "Json", "value", "{}"),
            Map.of("type", "String", "value", 12345), Map.of("type", "Null")));
        HostileInputs.UNSAFE_TEXT.values().forEach(v -> values.add(Map.of("type", "String", "value", v)));
        HostileInputs.INJECTIONS.values().forEach(v -> values.add(Map.of("type", "String", "value", v)));
        values.add(null); // missing
        for (Object value : values) {
          Map<String, Object> variables = new LinkedHashMap<>(valid);
          if (value == null) {
            variables.remove(field);
          } else {
            variables.put(field, value);
          }
          inputs.add(new Input(name + ", " + field + " = " + abbreviate(String.valueOf(value)), task.user(), path,
              toJson(Map.of("variables", variables)), Map.of(), ""));
        }
      }
      Map<String, Object> same = new LinkedHashMap<>(variablesOf(task.validBody()));
      same.put("partnerGeneralist", Map.of("type", "String", "value", CaseWalk.ANNA));
      inputs.add(new Input(name + ", regisseur is ook duopartner", task.user(), path, toJson(Map.of("variables", same)),
          Map.of(), ""));
    }
    inputs.addAll(variableInputs(name, task, path));
    return inputs;
  }

  /** Variables that no form sets, the dossier in the wrong shape, and broken request documents. */
  private List<Input> variableInputs(String name, OpenTask task, String path) {
    List<Input> inputs = new ArrayList<>();
    Map<String, Object> forbidden = new LinkedHashMap<>();
    forbidden.put("caseFileId", Map.of("type", "Long", "value", 1));
    forbidden.put("caseFileId ", Map.of("type", "String", "value", "1"));
    forbidden.put("municipality", Map.of("type", "String", "value", "waalre"));
    forbidden.put("cmdGroup", Map.of("type", "String", "value", "cmd-waalre"));
    forbidden.put("leadGeneralist", Map.of("type", "String", "value", CaseWalk.CHRIS));
    forbidden.put("householdFits", Map.of("type", "Boolean", "value", true));
    forbidden.put("planConsented", Map.of("type", "Boolean", "value", true));
    forbidden.put("consentRounds", Map.of("type", "Integer", "value", 99));
    forbidden.put("nextStep", Map.of("type", "String", "value", "afsluiten"));
    forbidden.put("intakeDeadline", Map.of("type", "Date", "value", "2030-01-01T00:00:00.000+0100"));
    forbidden.put("${1+1}", Map.of("type", "String", "value", "x"));
    forbidden.put("java-object", Map.of("type", "Object", "value", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==",
        "valueInfo", Map.of("serializationDataFormat", "application/x-java-serialized-object",
            "objectTypeName", "java.util.ArrayList")));
    for (Map.Entry<String, Object> extra : forbidden.entrySet()) {
      if (variablesOf(task.validBody()).containsKey(extra.getKey())) {
        continue;
      }
      Map<String, Object> variables = new LinkedHashMap<>(variablesOf(task.validBody()));
      String variable = extra.getKey().equals("java-object") ? variables.keySet().iterator().next() : extra.getKey().strip();
      variables.put(extra.getKey().equals("java-object") ? "lijst" : variable, extra.getValue());
      inputs.add(new Input(name + ", variabele " + extra.getKey() + " gezet", task.user(), path,
          toJson(Map.of("variables", variables)), Map.of(), ""));
      if (extra.getKey().equals("java-object")) {
        Map<String, Object> replaced = new LinkedHashMap<>(variablesOf(task.validBody()));
        replaced.put(variable, extra.getValue());
        inputs.add(new Input(name + ", formulierveld als Java-object", task.user(), path,
            toJson(Map.of("variables", replaced)), Map.of(), ""));
      }
    }
    if (task.validDossier() != null) {
      Map<String, Object> wrongDossiers = new LinkedHashMap<>();
      wrongDossiers.put("als String", Map.of("type", "String", "value", task.validDossier().toString()));
      wrongDossiers.put("als Object/json", Map.of("type", "Object", "value", task.validDossier().toString(),
          "valueInfo", Map.of("serializationDataFormat", "application/json", "objectTypeName", "java.util.HashMap")));
      wrongDossiers.put("als Bytes", Map.of("type", "Bytes", "value", "AAAA"));
      wrongDossiers.put("als File", Map.of("type", "File", "value", "AAAA", "valueInfo", Map.of("filename", "a.txt")));
      wrongDossiers.put("onbekend type", Map.of("type", "Spreadsheet", "value", "x"));
      wrongDossiers.put("geen JSON", Map.of("type", "Json", "value", "{niet: json"));
      wrongDossiers.put("JSON-lijst", Map.of("type", "Json", "value", "[1,2]"));
      wrongDossiers.put("leeg object", Map.of("type", "Json", "value", "{}"));
      wrongDossiers.put("dubbele sleutel", Map.of("type", "Json", "value", "{\"a\":1,\"a\":2}"));
      wrongDossiers.put("waarde is object", Map.of("type", "Json", "value", Map.of("a", 1)));
      wrongDossiers.put("Null", Map.of("type", "Null"));
      wrongDossiers.put("zonder type en waarde", Map.of());
      wrongDossiers.put("tekst i.p.v. variabele", "dossier");
      wrongDossiers.forEach((label, value) -> inputs.add(new Input(name + ", dossier " + label, task.user(), path,
          toJson(Map.of("variables", Map.of("dossier", value))), Map.of(), "")));
    }
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("geen variabelen", "{}");
    documents.put("variabelen leeg", "{\"variables\":{}}");
    documents.put("variabelen als lijst", "{\"variables\":[]}");
    documents.put("variabelen als tekst", "{\"variables\":\"dossier\"}");
    documents.put("afgebroken JSON", "{\"variables\":{\"dossier\":");
    documents.put("JSON-lijst", "[]");
    documents.put("dubbele sleutel variables", "{\"variables\":{},\"variables\":" + toJson(variablesOf(task.validBody())) + "}");
    documents.put("te groot", "{\"variables\":{\"dossier\":{\"type\":\"Json\",\"value\":\"{\\\"a\\\":\\\""
        + "z".repeat(1_100_000) + "\\\"}\"}}}");
    documents.forEach((label, document) -> inputs.add(new Input(name + ", document: " + label, task.user(), path,
        document, Map.of(), "")));
    return inputs;
  }

  private static Kind kindOfFormField(FormField field) {
    if (field.path().endsWith("goalId")) {
      return Kind.INTEGER;
    }
    if (field.maxLength() == 0 && !field.required() && field.options().isEmpty()) {
      return null; // shown for reading only (previous version, plan summary, goal text) or a checkbox
    }
    return switch (field.type()) {
      case "number" -> Kind.INTEGER;
      case "datetime" -> field.path().equals("intakeDate") || field.path().equals("decidedOn")
          || field.path().equals("heldOn") ? Kind.DATE_NOT_FUTURE : Kind.DATE;
      case "select", "radio" -> Kind.CODE;
      default -> Kind.FREE_TEXT;
    };
  }

  private static boolean isFirstSlotOrPlain(String path) {
    return !path.matches("(goal|action)[2-9]\\..*");
  }

  private static ObjectNode mutateDossier(ObjectNode dossier, String path, Mutation mutation) {
    ObjectNode copy = dossier.deepCopy();
    String[] parts = path.split("\\.");
    ObjectNode parent = copy;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = parent.get(parts[i]);
      parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
    }
    return HostileInputs.mutate(copy, path, mutation);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variablesOf(Map<String, Object> body) {
    return (Map<String, Object>) body.get("variables");
  }

  // --- judging ---

  /** Why the response is not a clean refusal; null when it is. */
  private static String judge(Input input, Http.Response response) {
    int status = response.status();
    if (status < 400 || status >= 500) {
      return "expected 4xx";
    }
    String message;
    List<String> fields = new ArrayList<>();
    try {
      JsonNode body = JSON.readTree(response.body());
      message = body.path("message").asText("") + body.path("detail").asText("");
      for (JsonNode error : body.path("errors")) {
        message += " " + error.path("message").asText("");
        fields.add(error.path("field").asText(""));
      }
    } catch (Exception e) {
      return "body is not JSON";
    }
    if (message.isBlank()) {
      return "no message";
    }
    for (String marker : NOT_FOR_USERS) {
      if (message.contains(marker)) {
        return "message not meant for users (" + marker + ")";
      }
    }
    if (!input.field().isEmpty() && status == 400 && fields.stream().noneMatch(f -> f.startsWith(input.field()))) {
      return "no error names field " + input.field() + " (fields: " + fields + ")";
    }
    return null;
  }

  private Map<String, Long> tableCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
        + " and table_type = 'BASE TABLE'", String.class)) {
      if (!table.contains("METER") && !table.equals("ACT_GE_PROPERTY")) {
        counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
      }
    }
    return counts;
  }

  /** One client per user: a new client per request would cost more than the request (threads, connection). */
  private final Map<String, Http> clients = new java.util.HashMap<>();

  private Http.Response post(String user, String path, String body, Map<String, String> headers) {
    return clients.computeIfAbsent(user, u -> Http.basic(port, u, u)).postJson(path, body, headers);
  }

  private static String submitPath(String taskId) {
    return "/engine-rest/task/" + taskId + "/submit-form";
  }

  private static Map<String, String> key(String key) {
    return Map.of("Idempotency-Key", key == null ? UUID.randomUUID().toString() : key);
  }

  /** The field an error must name: the path itself, or the list when an element of it is removed. */
  private static String rootOf(String path, Mutation mutation) {
    return mutation.removes() && path.endsWith("]") ? path.substring(0, path.lastIndexOf('[')) : path;
  }

  private static String with(ObjectNode document, String field, JsonNode value) {
    ObjectNode copy = document.deepCopy();
    copy.set(field, value);
    return copy.toString();
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    String shown = text.replaceAll("\\{\"type\":\"about:blank\",\"title\":\"Aanmelding ongeldig\",\"status\":400,\"detail\":\"De "
        + "aanmelding is niet aangenomen: verbeter de velden hieronder en verstuur haar opnieuw.\",\"instance\":\"/api/handoffs\",", "{");
    return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
  }
}
