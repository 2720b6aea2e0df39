package nl.plusteam.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;
import nl.plusteam.support.StoreCounts;

@PlusTeamTest
class HandoffApiTests {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService historyService;
  @Autowired
  RuntimeService runtimeService;

  private Http cmdGeldropMierlo() {
    return Http.basic(port, "cmd.geldropmierlo", "cmd.geldropmierlo");
  }

  private static Map<String, String> key() {
    return Map.of("Idempotency-Key", UUID.randomUUID().toString());
  }

  @Test
  void validHandoff_opensCaseWithReadableReferenceAndStartsCasusProcess() {
    Http.Response response = cmdGeldropMierlo().postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"), key());

    assertThat(response.status()).isEqualTo(201);
    JsonNode body = response.json();
    assertThat(body.get("caseReference").asText()).matches("PT-\\d{4}-\\d{6}");
    assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(response.header("Location")).isEqualTo("/api/handoffs/" + body.get("id").asLong());

    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(body.get("caseReference").asText()).singleResult();
    assertThat(instance).isNotNull();
    assertThat(instance.getProcessDefinitionId()).startsWith(CaseProcess.KEY + ":");
    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables).containsKeys(CaseProcess.Variables.CASE_FILE_ID, CaseProcess.Variables.MUNICIPALITY,
        CaseProcess.Variables.URGENCY);
    assertThat(variables.values().toString())
        .doesNotContain(HandoffJson.PARENT_NAME, HandoffJson.CHILD_NAME, HandoffJson.BSN, "Schulden");
  }

  @Test
  void statusIsReadableBySubmittingMunicipalityOnly() {
    JsonNode created = cmdGeldropMierlo().postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"), key()).json();
    String path = "/api/handoffs/" + created.get("id").asLong();

    Http.Response own = cmdGeldropMierlo().get(path);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("caseReference").asText()).isEqualTo(created.get("caseReference").asText());
    assertThat(own.body()).doesNotContain(HandoffJson.PARENT_NAME, HandoffJson.BSN);

    Http.Response other = Http.basic(port, "cmd.waalre", "cmd.waalre").get(path);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body()).doesNotContain(created.get("caseReference").asText());

    assertThat(cmdGeldropMierlo().get("/api/handoffs/987654321").status()).isEqualTo(404);
  }

  @Test
  void handoffForTheOtherMunicipality_isForbiddenAndStoresNothing() {
    StoreCounts before = StoreCounts.of(jdbc, historyService);

    Http.Response response = Http.basic(port, "cmd.waalre", "cmd.waalre")
        .postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"), key());

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("detail").asText()).contains("eigen gemeente");
    assertThat(StoreCounts.of(jdbc, historyService)).isEqualTo(before);
  }

  @Test
  void nonCmdUsers_cannotHandOff() {
    for (String user : List.of("generalist.anna", "teammanager", "procesbeheerder")) {
      Http.Response response = Http.basic(port, user, user)
          .postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"), key());
      assertThat(response.status()).as(user).isEqualTo(403);
    }
  }

  @Test
  void anonymousOrWrongPassword_gets401InDutch() {
    Http.Response anonymous = Http.anonymous(port).postJson("/api/handoffs", HandoffJson.valid("waalre"), key());
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("title").asText()).isEqualTo("Niet ingelogd");

    // An unknown user: a wrong password for a real one would lock that account briefly (engine login delay).
    Http.Response wrong = Http.basic(port, "onbekend", "fout").get("/api/handoffs/1");
    assertThat(wrong.status()).isEqualTo(401);
  }

  @Test
  void everyWrongField_isListedInDutchAndNothingIsStored() {
    StoreCounts before = StoreCounts.of(jdbc, historyService);
    ObjectNode handoff = HandoffJson.valid("geldrop-mierlo");
    handoff.put("urgency", "heel-snel");
    ((ObjectNode) handoff.withArray("members").get(0)).put("bsn", "123456789");
    ((ObjectNode) handoff.withArray("members").get(0)).put("birthYear", 1850);
    ((ObjectNode) handoff.withArray("members").get(1)).put("role", "parent");
    handoff.putArray("problemDomains").add("financien");
    handoff.put("triageSummary", "x".repeat(4001));
    handoff.with("cmdContact").put("email", "geen-adres");
    handoff.put("dataSharingConsent", false);

    Http.Response response = cmdGeldropMierlo().postJson("/api/handoffs", handoff, key());

    assertThat(response.status()).isEqualTo(400);
    JsonNode errors = response.json().get("errors");
    assertThat(errors.findValuesAsText("field")).contains("urgency", "members[0].bsn", "members[0].birthYear",
        "members", "problemDomains", "triageSummary", "cmdContact.email", "dataSharingConsent");
    assertThat(messageFor(errors, "members[0].bsn")).contains("elfproef");
    assertThat(messageFor(errors, "members")).contains("minstens één ouder", "één kind");
    assertThat(messageFor(errors, "dataSharingConsent")).contains("toestemming");
    assertThat(StoreCounts.of(jdbc, historyService)).isEqualTo(before);
  }

  @Test
  void unknownMunicipalityAndDomain_andMalformedJson_areRefusedClearly() {
    ObjectNode handoff = HandoffJson.valid("eindhoven");
    handoff.withArray("problemDomains").add("geluk");
    Http.Response response = cmdGeldropMierlo().postJson("/api/handoffs", handoff, key());
    assertThat(response.status()).isEqualTo(400);
    assertThat(messageFor(response.json().get("errors"), "municipality")).contains("geldrop-mierlo", "waalre");
    assertThat(messageFor(response.json().get("errors"), "problemDomains[2]")).contains("Onbekend ZRM-domein");

    Http.Response malformed = cmdGeldropMierlo().postJson("/api/handoffs", "{\"municipality\": ", key());
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("detail").asText()).contains("geen geldige JSON");
  }

  @Test
  void missingIdempotencyKey_isRefused() {
    StoreCounts before = StoreCounts.of(jdbc, historyService);
    Http.Response response = cmdGeldropMierlo().postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(messageFor(response.json().get("errors"), "Idempotency-Key")).contains("Idempotency-Key");
    assertThat(StoreCounts.of(jdbc, historyService)).isEqualTo(before);
  }

  @Test
  void retryWithSameKeyAndBody_returnsTheSameCase_andSameKeyOtherBody_isConflict() {
    Map<String, String> key = key();
    Http.Response first = cmdGeldropMierlo().postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"), key);
    StoreCounts afterFirst = StoreCounts.of(jdbc, historyService);

    Http.Response retry = cmdGeldropMierlo().postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"), key);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().get("caseReference")).isEqualTo(first.json().get("caseReference"));

    ObjectNode other = HandoffJson.valid("geldrop-mierlo");
    other.put("urgency", "spoed");
    Http.Response conflict = cmdGeldropMierlo().postJson("/api/handoffs", other, key);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().get("detail").asText()).contains(first.json().get("caseReference").asText());

    assertThat(StoreCounts.of(jdbc, historyService)).isEqualTo(afterFirst);
  }

  @Test
  void openApiDescription_isServed() {
    Http.Response docs = Http.anonymous(port).get("/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().at("/paths/~1api~1handoffs/post")).isNotNull();
    assertThat(docs.body()).contains("Idempotency-Key", "HandoffRequest");
  }

  private static String messageFor(JsonNode errors, String field) {
    for (JsonNode error : errors) {
      if (error.get("field").asText().equals(field)) {
        return error.get("message").asText();
      }
    }
    throw new AssertionError("no error for field " + field + " in " + errors);
  }
}
