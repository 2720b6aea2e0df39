package nl.plusteam.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which requests read case content, and what they read. The engine's paths are the same under
 * {@code /engine-rest} (optionally {@code /engine/{name}}) and the webapps' {@code /camunda/api/engine/engine/{name}}.
 * The form definition ({@code deployed-form}) and task lists are not case content: the form is the model, the list
 * shows case references only.
 */
record ReadTarget(ReadChannel channel, Kind kind, String id, String resource) {

  enum Kind {
    /** A task's form or variables: the case through the task. */
    TASK,
    /** A process instance's variables. */
    PROCESS_INSTANCE,
    /** An execution's variables. */
    EXECUTION,
    /** A variable or history query: the cases are those of the instances in the answer. */
    ENGINE_QUERY,
    /** The application's API: the cases are the case references in the answer. */
    API
  }

  /** The case a read is about, as far as it is known; every part may be null. */
  record Case(Long caseFileId, String caseReference, String processInstanceId, String taskId) {
    static final Case NONE = new Case(null, null, null, null);
  }

  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)$");
  /** After the webapps' engine API prefix: the engine name, then the engine REST path. */
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/[^/]+(/.*)$");
  private static final Pattern TASK = Pattern.compile(
      "^/task/([^/]+)/(form-variables|rendered-form|variables|localVariables)(?:/.*)?$");
  private static final Pattern PROCESS_INSTANCE = Pattern.compile("^/process-instance/([^/]+)/variables(?:/.*)?$");
  private static final Pattern EXECUTION = Pattern.compile("^/execution/([^/]+)/localVariables(?:/.*)?$");
  private static final Pattern QUERY = Pattern.compile("^/(variable-instance|history/variable-instance|history/detail)(?:/[^/]+)?(?:/data)?$");
  private static final Pattern API = Pattern.compile(
      "^/api/(handoffs/[^/]+|kpi/[^/]+/casussen|caseload(?:/needs-cover)?|rapportages(?:/[^/]+(?:/afdruk|/cijfers\\.csv)?)?|audit)$");

  /** The read this request would be, if it reads case content. */
  static Optional<ReadTarget> of(String method, String path, String webappsApiPrefix) {
    boolean get = "GET".equals(method);
    if (path.startsWith("/api/")) {
      return get && API.matcher(path).matches()
          ? Optional.of(new ReadTarget(ReadChannel.API, Kind.API, null, apiResource(path))) : Optional.empty();
    }
    String enginePath;
    ReadChannel channel;
    Matcher rest = ENGINE_REST.matcher(path);
    if (rest.matches()) {
      channel = ReadChannel.ENGINE_REST;
      enginePath = rest.group(1);
    } else if (path.startsWith(webappsApiPrefix)) {
      channel = ReadChannel.WEBAPPS;
      Matcher webapp = WEBAPP_ENGINE.matcher(path.substring(webappsApiPrefix.length()));
      if (!webapp.matches()) {
        return Optional.empty();
      }
      enginePath = webapp.group(1);
    } else {
      return Optional.empty();
    }
    Matcher m;
    if (get && (m = TASK.matcher(enginePath)).matches()) {
      String resource = switch (m.group(2)) {
        case "form-variables", "rendered-form" -> "Formulier van taak";
        case "localVariables" -> "Taakvariabelen van taak";
        default -> "Variabelen van taak";
      };
      return Optional.of(new ReadTarget(channel, Kind.TASK, m.group(1), resource));
    }
    if (get && (m = PROCESS_INSTANCE.matcher(enginePath)).matches()) {
      return Optional.of(new ReadTarget(channel, Kind.PROCESS_INSTANCE, m.group(1), "Casusvariabelen"));
    }
    if (get && (m = EXECUTION.matcher(enginePath)).matches()) {
      return Optional.of(new ReadTarget(channel, Kind.EXECUTION, m.group(1), "Variabelen van een uitvoering"));
    }
    if ((get || "POST".equals(method)) && (m = QUERY.matcher(enginePath)).matches()) {
      String resource = switch (m.group(1)) {
        case "variable-instance" -> "Variabelen (zoekvraag)";
        case "history/variable-instance" -> "Historische variabelen (zoekvraag)";
        default -> "Historische wijzigingen van variabelen (zoekvraag)";
      };
      return Optional.of(new ReadTarget(channel, Kind.ENGINE_QUERY, null, resource));
    }
    return Optional.empty();
  }

  private static String apiResource(String path) {
    String[] parts = path.substring("/api/".length()).split("/");
    return switch (parts[0]) {
      case "handoffs" -> "Status van aanmelding " + parts[1];
      case "kpi" -> "Casussen achter KPI " + parts[1];
      case "caseload" -> parts.length > 1 ? "Casussen die vervanging nodig hebben" : "Caseload per generalist";
      case "rapportages" -> parts.length == 1 ? "Lijst van kwartaalrapportages"
          : parts.length == 2 ? "Kwartaalrapportage " + parts[1]
          : parts[2].equals("afdruk") ? "Afdrukversie van kwartaalrapportage " + parts[1]
          : "Cijfers (CSV) van kwartaalrapportage " + parts[1];
      default -> "Auditlog";
    };
  }
}
