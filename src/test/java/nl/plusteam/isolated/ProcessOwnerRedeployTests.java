package nl.plusteam.isolated;

import static nl.plusteam.casefile.process.CaseProcess.Elements.CONDUCT_INTAKE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.DETERMINE_INTAKE_TERMS;
import static nl.plusteam.casefile.process.CaseProcess.Elements.DISTRIBUTE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.INTAKE_DEADLINE;
import static nl.plusteam.support.CaseWalk.ANNA;
import static nl.plusteam.support.CaseWalk.BRAM;
import static nl.plusteam.support.CaseWalk.days;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.casefile.process.CaseProcess.Variables;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * The process owner's guide (docs/procesbeheer.md), step by step over HTTP as Camunda Modeler and curl do it: change
 * the intake term from 14 to 10 days and deploy it, migrate a running case to a new version of {@code casus}, roll
 * back. In package {@code isolated}: it deploys new versions of the models, which every later test of a shared JVM
 * would get.
 */
@PlusTeamTest
class ProcessOwnerRedeployTests {

  private static final String PROCESS_OWNER = "procesbeheerder";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The intake term of regular handoffs in processes/intake-terms.dmn, as the guide tells the owner to change it. */
  private static final String REGULAR_DEADLINE_14 = "<outputEntry id=\"outputEntry_regularDeadline\"><text>\"P14D\"</text>";
  private static final String REGULAR_DEADLINE_10 = "<outputEntry id=\"outputEntry_regularDeadline\"><text>\"P10D\"</text>";
  private static final String INTAKE_TASK_NAME = "name=\"Intakegesprek voeren\"";
  private static final String NEW_INTAKE_TASK_NAME = "Intakegesprek voeren met het gezin";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;

  private CaseWalk walk;
  private Date handoffTime;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
    handoffTime = CaseWalk.now();
  }

  @AfterEach
  void tearDown() {
    CaseWalk.end();
  }

  @Test
  void processOwnerDeploysATenDayIntakeTermFromModeler_newCasesGetTenDays_runningCasesKeepFourteen() throws Exception {
    // The case model asks for the newest version of the decision table each time a case starts.
    BusinessRuleTask determineTerms = repositoryService.getBpmnModelInstance(latestCaseDefinition().getId())
        .getModelElementById(DETERMINE_INTAKE_TERMS);
    assertThat(determineTerms.getCamundaDecisionRefBinding()).isEqualTo("latest");

    ProcessInstance running = walk.handOff();
    assertThat(taskOf(running, DISTRIBUTE).getDueDate()).isEqualTo(days(handoffTime, 14));
    assertThat(intakeDeadlineOf(running)).isEqualTo(days(handoffTime, 14));

    // Modeler: open processes/intake-terms.dmn, row "regulier", column "Intaketermijn": "P14D" becomes "P10D".
    String table = Files.readString(Path.of("processes/intake-terms.dmn"));
    assertThat(table).containsOnlyOnce(REGULAR_DEADLINE_14);
    byte[] tenDays = table.replace(REGULAR_DEADLINE_14, REGULAR_DEADLINE_10).getBytes(StandardCharsets.UTF_8);
    int versionsBefore = intakeTermsVersions();

    assertThat(deployAs(null, "intake-terms", Map.of("intake-terms.dmn", tenDays)).status())
        .isEqualTo(401);
    assertThat(deployAs(ANNA, "intake-terms", Map.of("intake-terms.dmn", tenDays)).status()).isEqualTo(403);
    assertThat(deployAs("teammanager", "intake-terms", Map.of("intake-terms.dmn", tenDays)).status()).isEqualTo(403);
    assertThat(intakeTermsVersions()).isEqualTo(versionsBefore);

    Http.Response deployed = deployAs(PROCESS_OWNER, "intake-terms", Map.of("intake-terms.dmn", tenDays));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    assertThat(deployed.json().path("deployedDecisionDefinitions").toString()).contains(CaseProcess.INTAKE_TERMS_DECISION);
    assertThat(intakeTermsVersions()).isEqualTo(versionsBefore + 1);

    ProcessInstance fresh = walk.handOff();
    assertThat(taskOf(fresh, DISTRIBUTE).getDueDate()).isEqualTo(days(handoffTime, 10));
    assertThat(intakeDeadlineOf(fresh)).isEqualTo(days(handoffTime, 10));
    assertThat(taskOf(running, DISTRIBUTE).getDueDate()).isEqualTo(days(handoffTime, 14));
    assertThat(intakeDeadlineOf(running)).isEqualTo(days(handoffTime, 14));

    // On day 10 only the new case's deadline is due.
    CaseWalk.at(days(handoffTime, 10));
    assertThat(walk.executableJob(fresh.getId(), INTAKE_DEADLINE)).isTrue();
    assertThat(walk.executableJob(running.getId(), INTAKE_DEADLINE)).isFalse();

    // Rolling back is deploying the previous file again: new cases get 14 days once more.
    Http.Response rolledBack = deployAs(PROCESS_OWNER, "intake-terms",
        Map.of("intake-terms.dmn", table.getBytes(StandardCharsets.UTF_8)));
    assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
    CaseWalk.at(handoffTime);
    ProcessInstance afterRollback = walk.handOff();
    assertThat(intakeDeadlineOf(afterRollback)).isEqualTo(days(handoffTime, 14));
    assertThat(intakeDeadlineOf(fresh)).isEqualTo(days(handoffTime, 10));
  }

  @Test
  void processOwnerMigratesARunningCaseToANewVersionOfTheCaseModel_andTheCaseContinuesOnIt() throws Exception {
    ProcessInstance running = walk.handOff();
    ProcessDefinition oldVersion = latestCaseDefinition();
    Date deadline = intakeDeadlineOf(running);

    // A changed model deployed from Modeler with the forms it uses ("Include additional files").
    String model = Files.readString(Path.of("processes/casus.bpmn"));
    assertThat(model).containsOnlyOnce(INTAKE_TASK_NAME);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("casus.bpmn", model.replace(INTAKE_TASK_NAME, "name=\"" + NEW_INTAKE_TASK_NAME + "\"")
        .getBytes(StandardCharsets.UTF_8));
    files.putAll(formsOf(model));
    Http.Response deployed = deployAs(PROCESS_OWNER, "casus intakenaam", files);
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    ProcessDefinition newVersion = latestCaseDefinition();
    assertThat(newVersion.getVersion()).isEqualTo(oldVersion.getVersion() + 1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
        .getProcessDefinitionId()).as("a deployment leaves running cases on their version").isEqualTo(oldVersion.getId());

    // The guide's curl commands: find the versions and the case, generate a plan, execute it for the case.
    Http owner = Http.basic(port, PROCESS_OWNER, PROCESS_OWNER);
    Http.Response versions = owner.get("/engine-rest/process-definition?key=" + CaseProcess.KEY
        + "&sortBy=version&sortOrder=desc&firstResult=0&maxResults=2");
    assertThat(versions.status()).as(versions.body()).isEqualTo(200);
    assertThat(versions.json().findValuesAsText("id")).containsExactly(newVersion.getId(), oldVersion.getId());
    Http.Response byReference = owner.get("/engine-rest/process-instance?businessKey=" + running.getBusinessKey()
        + "&firstResult=0&maxResults=1");
    assertThat(byReference.status()).as(byReference.body()).isEqualTo(200);
    assertThat(byReference.json().get(0).get("id").asText()).isEqualTo(running.getId());
    Http.Response plan = owner.postJson("/engine-rest/migration/generate", Map.of(
        "sourceProcessDefinitionId", oldVersion.getId(), "targetProcessDefinitionId", newVersion.getId()));
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    Map<String, Object> execution = Map.of("migrationPlan", JSON.treeToValue(plan.json(), Map.class),
        "processInstanceIds", List.of(running.getId()), "skipCustomListeners", false, "skipIoMappings", false);

    Http.Response byGeneralist = Http.basic(port, ANNA, ANNA).postJson("/engine-rest/migration/execute", execution);
    assertThat(byGeneralist.status()).isEqualTo(403);
    assertThat(byGeneralist.body()).contains("MIGRATE_INSTANCE");
    assertThat(Http.basic(port, "teammanager", "teammanager").postJson("/engine-rest/migration/execute", execution)
        .status()).isEqualTo(403);
    assertThat(Http.anonymous(port).postJson("/engine-rest/migration/execute", execution).status()).isEqualTo(401);
    assertThat(definitionOf(running)).isEqualTo(oldVersion.getId());

    Http.Response migrated = owner.postJson("/engine-rest/migration/execute", execution);
    assertThat(migrated.status()).as(migrated.body()).isEqualTo(204);
    assertThat(definitionOf(running)).isEqualTo(newVersion.getId());
    assertThat(intakeDeadlineOf(running)).as("the case keeps its deadline").isEqualTo(deadline);
    assertThat(taskOf(running, DISTRIBUTE).getProcessDefinitionId()).isEqualTo(newVersion.getId());

    // The team manager distributes it in Tasklist (the new version's form), and the intake task is the new one.
    Http.Response distributed = Http.basic(port, "teammanager", "teammanager").postJson(
        "/engine-rest/task/" + taskOf(running, DISTRIBUTE).getId() + "/submit-form",
        Map.of("variables", Map.of(Variables.LEAD, Map.of("value", ANNA), Variables.PARTNER, Map.of("value", BRAM))));
    assertThat(distributed.status()).as(distributed.body()).isEqualTo(204);
    Task intake = taskOf(running, CONDUCT_INTAKE);
    assertThat(intake.getName()).isEqualTo(NEW_INTAKE_TASK_NAME);
    assertThat(intake.getAssignee()).isEqualTo(ANNA);
    assertThat(intake.getDueDate()).isEqualTo(deadline);
    Http.Response form = Http.basic(port, ANNA, ANNA).get("/engine-rest/task/" + intake.getId() + "/deployed-form");
    assertThat(form.status()).as(form.body()).isEqualTo(200);

    // A case started after the deployment starts on the new version.
    assertThat(definitionOf(walk.handOff())).isEqualTo(newVersion.getId());
  }

  @Test
  void aDeploymentNameUsedBefore_leavesUnchangedFormsOut_soTheGuideAsksForANewNameEachTime() throws Exception {
    String model = Files.readString(Path.of("processes/casus.bpmn"));
    Map<String, byte[]> forms = formsOf(model);
    Map<String, byte[]> first = new LinkedHashMap<>(forms);
    first.put("casus.bpmn", model.replace(INTAKE_TASK_NAME, "name=\"Intake voeren\"").getBytes(StandardCharsets.UTF_8));
    Http.Response firstDeployment = deployAs(PROCESS_OWNER, "casus", first);
    assertThat(firstDeployment.status()).as(firstDeployment.body()).isEqualTo(200);
    assertThat(repositoryService.getDeploymentResourceNames(firstDeployment.json().get("id").asText()))
        .hasSize(forms.size() + 1);

    // The same name again (Modeler sends deploy-changed-only): only the changed model goes in, without its forms.
    Map<String, byte[]> second = new LinkedHashMap<>(forms);
    second.put("casus.bpmn", model.getBytes(StandardCharsets.UTF_8));
    Http.Response sameName = deployAs(PROCESS_OWNER, "casus", second);
    assertThat(sameName.status()).as(sameName.body()).isEqualTo(200);
    assertThat(repositoryService.getDeploymentResourceNames(sameName.json().get("id").asText()))
        .containsExactly("casus.bpmn");
    ProcessInstance withoutForms = walk.handOff();
    Http manager = Http.basic(port, "teammanager", "teammanager");
    assertThat(manager.get("/engine-rest/task/" + taskOf(withoutForms, DISTRIBUTE).getId() + "/deployed-form").status())
        .as("the new version finds no form in its own deployment").isNotEqualTo(200);

    // A new name deploys every attached file: the version has its forms again.
    Http.Response newName = deployAs(PROCESS_OWNER, "casus terugzetten", second);
    assertThat(newName.status()).as(newName.body()).isEqualTo(200);
    assertThat(repositoryService.getDeploymentResourceNames(newName.json().get("id").asText()))
        .hasSize(forms.size() + 1);
    ProcessInstance withForms = walk.handOff();
    assertThat(manager.get("/engine-rest/task/" + taskOf(withForms, DISTRIBUTE).getId() + "/deployed-form").status())
        .isEqualTo(200);
  }

  // --- helpers -----------------------------------------------------------------------------------------

  private ProcessDefinition latestCaseDefinition() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY).latestVersion()
        .singleResult();
  }

  private String definitionOf(ProcessInstance pi) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private int intakeTermsVersions() {
    return (int) repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(CaseProcess.INTAKE_TERMS_DECISION).count();
  }

  private Task taskOf(ProcessInstance pi, String activityId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private Date intakeDeadlineOf(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(INTAKE_DEADLINE)
        .singleResult().getDuedate();
  }

  /** The form files a model refers to, by the file names Modeler would attach. */
  private static Map<String, byte[]> formsOf(String model) throws IOException {
    Matcher refs = Pattern.compile("camunda:formRef=\"([a-zA-Z]+)\"").matcher(model);
    List<String> formIds = refs.results().map(m -> m.group(1)).distinct().toList();
    Map<String, byte[]> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        if (formIds.contains(form.path("id").asText())) {
          forms.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
      }
    }
    assertThat(forms).hasSize(formIds.size());
    return forms;
  }

  /**
   * {@code POST /engine-rest/deployment/create} as Camunda Modeler sends it: the deployment name the owner types, the
   * source "Camunda Modeler", only changed resources, and one part per file (a model with its forms needs several,
   * which {@link Http#postMultipart} does not send). A {@code null} user sends no credentials.
   */
  private Http.Response deployAs(String user, String name, Map<String, byte[]> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", name);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("deploy-changed-only", "true");
    return multipart(user, fields, files);
  }

  private Http.Response multipart(String user, Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = "plusteam-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + field + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach((fileName, content) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Http.Response(response.statusCode(), Map.of(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
