package nl.plusteam.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.plusteam.system.TextRules;
import nl.plusteam.system.EngineLogin;

/**
 * Checks a task completion or start-form submission against the form it belongs to, before the engine sees
 * it: a submission may set only the variables its deployed Camunda Form has fields for (the group path
 * {@code dossier} as one JSON object, single fields as plain values), never routing variables the application
 * owns ({@code caseFileId}, {@code leadGeneralist}, ...), and never a serialized Java object. Malformed and
 * oversized bodies are refused too. Every refusal is a 4xx in the engine REST API's error format with a
 * Dutch message naming the field, so Tasklist shows it; the engine never throws on such input (which it
 * would answer with 500). Task variables cannot be written outside a form submission at all.
 */
class FormSubmissionGuardFilter extends OncePerRequestFilter {

  static final int MAX_BODY = 1024 * 1024;
  static final int MAX_TEXT = 4000;

  private static final Pattern SUBMISSION = Pattern.compile(
      "/(?:engine-rest|camunda/api/engine/engine/[^/]+)/(task|process-definition(?:/key)?)/([^/]+)/(submit-form|complete|resolve|start)");
  private static final Pattern VARIABLE_WRITE = Pattern.compile(
      "/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/[^/]+/(?:variables|localVariables)(?:/.*)?");
  private static final Pattern ENGINE_PREFIX = Pattern.compile(
      "Cannot (?:submit task form|complete task|submit form|instantiate process definition) [^:]+: (.*)", Pattern.DOTALL);
  private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");
  private static final ObjectMapper STRICT = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final ProcessEngine engine;
  private final ObjectMapper objectMapper;

  FormSubmissionGuardFilter(ProcessEngine engine, ObjectMapper objectMapper) {
    this.engine = engine;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)
        && VARIABLE_WRITE.matcher(path).matches()) {
      refuse(response, HttpStatus.FORBIDDEN, "Variabelen van een taak worden alleen via het taakformulier vastgelegd.");
      return;
    }
    Matcher submission = SUBMISSION.matcher(path);
    if (!"POST".equals(method) || !submission.matches()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Authentication> user = callerOf(request, path);
    if (user.isEmpty()) {
      chain.doFilter(request, response); // not logged in: the authentication filters answer 401
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      refuse(response, HttpStatus.PAYLOAD_TOO_LARGE,
          "Het formulier is te groot (meer dan " + MAX_BODY / 1024 + " kB); verkort de teksten.");
      return;
    }
    Optional<Refusal> refusal = asUser(user.get(),
        () -> check(submission.group(1), submission.group(2), submission.group(3), body));
    if (refusal.isPresent()) {
      refuse(response, refusal.get().status(), refusal.get().message());
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(new CachedBodyRequest(request, body), answer);
    withoutEnginePrefix(answer);
    answer.copyBodyToResponse();
  }

  /**
   * The engine REST API puts "Cannot submit task form &lt;id&gt;: " before the Dutch message of a refused form
   * (a 400 from {@code FormFieldValidationException}); Tasklist shows the message as is, so the prefix goes.
   */
  private void withoutEnginePrefix(ContentCachingResponseWrapper answer) throws IOException {
    if (answer.getStatus() != HttpStatus.BAD_REQUEST.value() || answer.getContentSize() == 0) {
      return;
    }
    try {
      JsonNode error = objectMapper.readTree(answer.getContentAsByteArray());
      Matcher prefixed = ENGINE_PREFIX.matcher(error.path("message").asText(""));
      if (error.isObject() && prefixed.matches()) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) error).put("message", prefixed.group(1));
        answer.resetBuffer();
        answer.getOutputStream().write(objectMapper.writeValueAsBytes(error));
      }
    } catch (JsonProcessingException notJson) {
      // leave the answer as it is
    }
  }

  record Refusal(HttpStatus status, String message) {
    static Optional<Refusal> bad(String message) {
      return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, message));
    }
  }

  private Optional<Refusal> check(String resource, String id, String action, byte[] body) {
    JsonNode root;
    try {
      root = STRICT.readTree(body);
    } catch (JsonProcessingException e) {
      return Refusal.bad("Het formulier is niet als geldige JSON verstuurd" + (e.getMessage().contains("Duplicate field")
          ? " (een veld staat er dubbel in)." : "."));
    } catch (IOException e) {
      return Refusal.bad("Het formulier kon niet worden gelezen.");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = STRICT.createObjectNode();
    }
    if (!root.isObject()) {
      return Refusal.bad("Het formulier is niet als JSON-object verstuurd.");
    }
    JsonNode variables = root.path("variables");
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      return Refusal.bad("'variables' moet een JSON-object zijn: per veld een naam met type en waarde.");
    }
    Optional<Map<String, FieldSpec>> fields = formFields(resource, id, action);
    if (fields == null) {
      return Optional.of(new Refusal(HttpStatus.NOT_FOUND,
          "Deze taak of dit proces bestaat niet (meer), of u mag er niet bij. Vernieuw de takenlijst."));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> variable = it.next();
      Optional<String> problem = checkVariable(variable.getKey(), variable.getValue(), fields);
      if (problem.isPresent()) {
        return Refusal.bad(problem.get());
      }
    }
    return Optional.empty();
  }

  private Optional<String> checkVariable(String name, JsonNode dto, Optional<Map<String, FieldSpec>> fields) {
    String shownName = TextRules.shown(name);
    if (fields.isPresent() && !fields.get().containsKey(name)) {
      return Optional.of("Het veld '" + shownName + "' hoort niet bij dit formulier en kan niet worden ingevuld.");
    }
    if (!dto.isObject()) {
      return Optional.of("Het veld '" + shownName + "' is verkeerd verstuurd: verwacht een type en een waarde.");
    }
    JsonNode valueInfo = dto.path("valueInfo");
    if (valueInfo.has("serializationDataFormat") || valueInfo.has("objectTypeName")) {
      return Optional.of("Het veld '" + shownName + "' bevat een geserialiseerd object; dat wordt niet aangenomen.");
    }
    JsonNode value = dto.path("value");
    if (!dto.path("type").isMissingNode() && !dto.path("type").isNull() && !dto.path("type").isTextual()) {
      return Optional.of("Het veld '" + shownName + "' heeft een ongeldig type.");
    }
    // Without a type the engine takes the JSON value as it is: check it as that type.
    String type = dto.path("type").isTextual() ? dto.path("type").asText().toLowerCase(Locale.ROOT) : inferredType(value);
    FieldSpec spec = fields.map(f -> f.get(name)).orElse(null);
    String expected = spec == null ? null : spec.type();
    if (!type.equals("null") && !type.isEmpty() && expected != null && !expected.equals(type)
        && !("number".equals(expected) && NUMBER_TYPES.contains(type))) {
      return Optional.of("Het veld '" + shownName + "' heeft het verkeerde type ('" + TextRules.shown(type)
          + "'); verwacht " + describe(expected) + ".");
    }
    boolean nullValue = value.isMissingNode() || value.isNull();
    switch (type) {
      case "null":
        return spec != null && spec.group()
            ? Optional.of("Het formulier is leeg verstuurd; vul de gevraagde gegevens in.") : Optional.empty();
      case "string":
        if (nullValue) {
          return Optional.empty();
        }
        if (!value.isTextual()) {
          return Optional.of("Het veld '" + shownName + "' moet tekst zijn.");
        }
        if (value.asText().length() > MAX_TEXT) {
          return Optional.of("Het veld '" + shownName + "' is te lang (maximaal " + MAX_TEXT + " tekens).");
        }
        return TextRules.problem(value.asText()).map(p -> "Het veld '" + shownName + "' " + p);
      case "boolean":
        return nullValue || value.isBoolean() ? Optional.empty()
            : Optional.of("Het veld '" + shownName + "' moet ja of nee (true/false) zijn.");
      case "integer", "long", "short":
        return nullValue || value.isIntegralNumber() && value.canConvertToLong() ? Optional.empty()
            : Optional.of("Het veld '" + shownName + "' moet een geheel getal zijn.");
      case "double":
        return nullValue || value.isNumber() ? Optional.empty()
            : Optional.of("Het veld '" + shownName + "' moet een getal zijn.");
      case "json":
        return checkJson(shownName, value);
      default:
        return Optional.of("Het veld '" + shownName + "' heeft een type ('" + TextRules.shown(type)
            + "') dat een formulier niet verstuurt.");
    }
  }

  private static String inferredType(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isIntegralNumber()) {
      return "long";
    }
    return value.isNumber() ? "double" : "object";
  }

  private static Optional<String> checkJson(String shownName, JsonNode value) {
    if (!value.isTextual()) {
      return Optional.of("Het veld '" + shownName + "' moet een JSON-object als tekst zijn.");
    }
    try {
      JsonNode parsed = STRICT.readTree(value.asText());
      if (parsed == null || !parsed.isObject()) {
        return Optional.of("Het veld '" + shownName + "' moet een JSON-object zijn.");
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.of("Het veld '" + shownName + "' is geen geldige JSON" + (e.getMessage().contains("Duplicate field")
          ? " (een veld staat er dubbel in)." : "."));
    }
  }

  private static String describe(String expected) {
    return switch (expected) {
      case "json" -> "een groep velden (Json)";
      case "number" -> "een getal";
      case "boolean" -> "ja of nee (Boolean)";
      default -> "tekst (String)";
    };
  }

  /** What a form field may hold: its variable type, and whether it is a group of dossier fields. */
  record FieldSpec(String type, boolean group) {}

  /**
   * The variables the form of this task or process may set; empty when it has no Camunda Form (then the
   * engine's own checks apply); null when the caller cannot see the task or process.
   */
  private Optional<Map<String, FieldSpec>> formFields(String resource, String id, String action) {
    try {
      InputStream form;
      if ("task".equals(resource)) {
        Task task = engine.getTaskService().createTaskQuery().taskId(id).initializeFormKeys().singleResult();
        if (task == null) {
          return null;
        }
        if (task.getCamundaFormRef() == null) {
          return Optional.empty();
        }
        form = engine.getFormService().getDeployedTaskForm(id);
      } else {
        ProcessDefinition definition = resource.endsWith("key")
            ? engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(id).latestVersion()
                .withoutTenantId().singleResult()
            : engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
          return null;
        }
        if (!definition.hasStartFormKey() && engine.getFormService().getStartFormData(definition.getId())
            .getCamundaFormRef() == null) {
          return "start".equals(action) ? Optional.of(Map.of()) : Optional.empty();
        }
        form = engine.getFormService().getDeployedStartForm(definition.getId());
      }
      try (InputStream in = form) {
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        collect(objectMapper.readTree(in), fields);
        return Optional.of(fields);
      }
    } catch (ProcessEngineException | IOException e) {
      return Optional.empty(); // no deployed Camunda Form: the engine decides
    }
  }

  private static void collect(JsonNode container, Map<String, FieldSpec> fields) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        fields.put(path.split("\\.")[0], new FieldSpec("json", true));
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        fields.put(key.split("\\.")[0], new FieldSpec(typeOf(component.path("type").asText()), false));
      }
      collect(component, fields);
    }
  }

  private static String typeOf(String componentType) {
    return switch (componentType) {
      case "number" -> "number";
      case "checkbox" -> "boolean";
      case "checklist", "taglist", "dynamiclist" -> "json";
      default -> "string";
    };
  }

  /** The logged-in engine user: from the REST API's Basic authentication, or from the webapps' session. */
  private Optional<Authentication> callerOf(HttpServletRequest request, String path) {
    IdentityService identity = engine.getIdentityService();
    if (path.startsWith("/engine-rest/")) {
      return Optional.ofNullable(identity.getCurrentAuthentication());
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    return authentications.getAuthentications().stream()
        .filter(a -> engine.getName().equals(a.getProcessEngineName())).findFirst()
        .map((UserAuthentication a) -> new Authentication(a.getIdentityId(), List.copyOf(a.getGroupIds()),
            List.copyOf(a.getTenantIds())));
  }

  private <T> T asUser(Authentication user, java.util.function.Supplier<T> work) {
    return EngineLogin.as(engine.getIdentityService(), user, work);
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
  }
}
