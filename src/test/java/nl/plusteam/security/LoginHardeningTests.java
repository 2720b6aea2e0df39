package nl.plusteam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.plusteam.support.Cases;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * The engine's and the webapps' own doors, closed beyond Camunda's defaults: bounded query results, no
 * Java-serialized values, no scripts in deployments, CSRF protection on the webapps' API, login throttling.
 */
@PlusTeamTest
class LoginHardeningTests {

  private static final String SCRIPT_MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="definitions_scriptProbe"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://plusteam.nl/test">
        <bpmn:process id="scriptProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="startEvent_probe" />
          <bpmn:sequenceFlow id="flow_toScript" sourceRef="startEvent_probe" targetRef="scriptTask_probe" />
          %s
          <bpmn:sequenceFlow id="flow_toEnd" sourceRef="scriptTask_probe" targetRef="endEvent_probe" />
          <bpmn:endEvent id="endEvent_probe" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identityService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void guessingAPasswordIsSlowedDown_andAfterTenFailuresTheAccountIsLocked() {
    String userId = "test.lockout" + System.nanoTime() % 100000;
    User user = identityService.newUser(userId);
    user.setPassword("Goed-wachtwoord-2026");
    identityService.saveUser(user);
    try {
      Date now = new Date();
      ClockUtil.setCurrentTime(now);
      assertThat(identityService.checkPassword(userId, "fout-1")).isFalse();
      assertThat(identityService.checkPassword(userId, "Goed-wachtwoord-2026"))
          .as("right password, but within the delay after a failure").isFalse();
      for (int attempt = 2; attempt <= 10; attempt++) {
        now = new Date(now.getTime() + 61_000); // past the delay (at most 60 s)
        ClockUtil.setCurrentTime(now);
        assertThat(identityService.checkPassword(userId, "fout-" + attempt)).isFalse();
      }
      ClockUtil.setCurrentTime(new Date(now.getTime() + 3_600_000));
      assertThat(identityService.checkPassword(userId, "Goed-wachtwoord-2026")).as("locked after 10 failures").isFalse();
      assertThat(Http.basic(port, userId, "Goed-wachtwoord-2026").get("/engine-rest/task/count").status())
          .isEqualTo(401);

      identityService.unlockUser(userId);
      assertThat(identityService.checkPassword(userId, "Goed-wachtwoord-2026")).as("unlocked by an administrator")
          .isTrue();
    } finally {
      ClockUtil.reset();
      identityService.deleteUser(userId);
    }
  }

  @Test
  void queriesOfLoggedInUsersAreBounded() {
    Http manager = Http.basic(port, "teammanager", "teammanager");

    Http.Response unbounded = manager.get("/engine-rest/history/task");
    assertThat(unbounded.status()).isEqualTo(400);
    assertThat(unbounded.body()).contains("unbound number of results");
    Http.Response tooMany = manager.get("/engine-rest/task?firstResult=0&maxResults=5000");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("Max results limit of 1000");
    assertThat(manager.get("/engine-rest/task?firstResult=0&maxResults=50").status()).isEqualTo(200);
    assertThat(manager.get("/engine-rest/task/count").status()).isEqualTo(200);

    // Camunda's own webapps do not keep to the limit (Tasklist asks for 2,000 filters, Cockpit for a process's
    // versions without paging): their API is exempt.
    Http tasklist = Http.webappSession(port, "teammanager", "teammanager", "tasklist");
    assertThat(tasklist.get("/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000&itemCount=false"
        + "&resourceType=Task").status()).isEqualTo(200);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/process-definition?key=casus&sortBy=version"
        + "&sortOrder=desc").status()).isEqualTo(200);
    assertThat(manager.get("/engine-rest/process-definition?key=casus&sortBy=version&sortOrder=desc").status())
        .as("the same request on the REST API").isEqualTo(400);
  }

  @Test
  void javaSerializedValuesAreRefused() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    Task distribute = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Map<String, Object> serialized = Map.of("type", "Object", "value", "rO0ABXQABWhhbGxv",
        "valueInfo", Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object"));

    Http.Response response = Http.basic(port, "teammanager", "teammanager")
        .postJson("/engine-rest/task/" + distribute.getId() + "/submit-form",
            Map.of("variables", Map.of("payload", serialized)));

    assertThat(response.status()).isBetween(400, 499);
    assertThat(taskService.createTaskQuery().taskId(distribute.getId()).count()).as("the task stays open").isEqualTo(1);
    assertThat(runtimeService.getVariable(pi.getId(), "payload")).isNull();
  }

  @Test
  void deploymentsWithAScriptAreRefused_evenFromTheProcessOwner_andOnlyTheProcessOwnerDeploys() {
    String script = SCRIPT_MODEL.formatted("""
        <bpmn:scriptTask id="scriptTask_probe" scriptFormat="groovy">
          <bpmn:script>java.lang.Runtime.getRuntime().exec("id")</bpmn:script>
        </bpmn:scriptTask>""");
    String listener = SCRIPT_MODEL.formatted("""
        <bpmn:task id="scriptTask_probe"><bpmn:extensionElements><camunda:executionListener event="start">
          <camunda:script scriptFormat="javascript">1</camunda:script></camunda:executionListener>
        </bpmn:extensionElements></bpmn:task>""");
    String clean = SCRIPT_MODEL.formatted("<bpmn:task id=\"scriptTask_probe\" />");
    Http owner = Http.basic(port, "procesbeheerder", "procesbeheerder");

    for (String model : new String[] {script, listener}) {
      Http.Response refused = deploy(owner, model);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.body()).contains("bevat een script").contains("scriptTask_probe");
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("scriptProbe").count()).isZero();

    assertThat(deploy(Http.basic(port, "generalist.anna", "generalist.anna"), clean).status()).isEqualTo(403);
    assertThat(deploy(Http.basic(port, "teammanager", "teammanager"), clean).status()).isEqualTo(403);
    Http.Response deployed = deploy(owner, clean);
    assertThat(deployed.status()).isEqualTo(200);
    assertThat(owner.delete("/engine-rest/deployment/" + deployed.json().get("id").asText() + "?cascade=true")
        .status()).isEqualTo(204);
  }

  @Test
  void webappApiRefusesChangesWithoutTheCsrfToken() {
    ProcessInstance pi = Cases.handOff(port, runtimeService);
    Task distribute = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    String claim = "/camunda/api/engine/engine/default/task/" + distribute.getId() + "/claim";

    Http forged = Http.webappSession(port, "teammanager", "teammanager", "tasklist").withoutCsrfToken();
    Http.Response withoutToken = forged.postJson(claim, Map.of("userId", "teammanager"));
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(distribute.getId()).singleResult().getAssignee()).isNull();

    Http page = Http.webappSession(port, "teammanager", "teammanager", "tasklist");
    assertThat(page.postJson(claim, Map.of("userId", "teammanager")).status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(distribute.getId()).singleResult().getAssignee())
        .isEqualTo("teammanager");
  }

  private static Http.Response deploy(Http http, String model) {
    return http.postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", "script-probe", "deploy-changed-only", "false"), "script-probe.bpmn",
        model.getBytes(StandardCharsets.UTF_8));
  }
}
