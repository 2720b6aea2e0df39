package nl.plusteam.system.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.InvalidCaseInputException;

/**
 * The one way dossier data passes through the engine. A form groups its dossier fields under the
 * path {@code dossier}; the delegate after the task takes that variable (which removes it from the
 * engine) and stores it in the domain store. To show dossier data in an open task's form, it is offered
 * under the same name; it is never written to the engine's history (see {@link DossierHistoryFilter}).
 */
public final class DossierInput {

  public static final String VARIABLE = "dossier";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DossierInput() {}

  static boolean isDossierVariable(String name) {
    return VARIABLE.equals(name);
  }

  /** Reads the submitted dossier input and removes it from the engine. Refuses a submission without it. */
  public static JsonNode take(DelegateExecution execution) {
    Object value = execution.getVariable(VARIABLE);
    execution.removeVariable(VARIABLE);
    JsonNode dossier = parse(value);
    if (dossier == null || !dossier.isObject() || dossier.isEmpty()) {
      throw new InvalidCaseInputException("Het formulier is leeg verstuurd; vul de gevraagde gegevens in.");
    }
    return dossier;
  }

  /** Offers dossier data to the form of the task that is about to open (runtime only). */
  public static void offer(VariableScope scope, ObjectNode data) {
    JsonValue value = SpinValues.jsonValue(data.toString()).create();
    scope.setVariable(VARIABLE, value);
  }

  /** Offers dossier data in the given scope only: parallel branches (e.g. the talks of one round) each keep their own. */
  public static void offerLocal(VariableScope scope, ObjectNode data) {
    scope.setVariableLocal(VARIABLE, SpinValues.jsonValue(data.toString()).create());
  }

  public static ObjectNode newObject() {
    return JSON.createObjectNode();
  }

  private static JsonNode parse(Object value) {
    try {
      if (value == null) {
        return null;
      }
      if (value instanceof org.camunda.spin.json.SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      return JSON.readTree(value instanceof String text ? text : JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new InvalidCaseInputException("De formuliergegevens zijn onleesbaar; probeer het opnieuw.");
    }
  }
}
