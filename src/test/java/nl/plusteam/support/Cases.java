package nl.plusteam.support;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Starts cases the way production does: a CMD posts a handoff to the API. */
public final class Cases {

  private Cases() {}

  public static ProcessInstance handOff(int port, RuntimeService runtimeService) {
    return handOff(port, runtimeService, HandoffJson.valid("geldrop-mierlo"));
  }

  public static ProcessInstance handOff(int port, RuntimeService runtimeService, ObjectNode handoff) {
    String user = "waalre".equals(handoff.get("municipality").asText()) ? "cmd.waalre" : "cmd.geldropmierlo";
    Http.Response response = Http.basic(port, user, user)
        .postJson("/api/handoffs", handoff, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    if (response.status() != 201) {
      throw new IllegalStateException("handoff refused: " + response.status() + " " + response.body());
    }
    JsonNode body = response.json();
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(body.get("caseReference").asText()).singleResult();
  }
}
