package nl.plusteam.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.casefile.process.CaseProcess;

/**
 * The audit trail the director reads: the dossier-read log (who read which case) merged with the engine's user
 * operation log (who changed what: completed, assigned, deployed, …), newest first. The operation log is queried
 * as the system after the controller's own role check: the director's engine grants (READ_HISTORY on process
 * definitions) do not cover operation-log entries outside process definitions (deployments, users, grants).
 */
@Service
class AuditService {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  enum Kind {
    READ("inzage", "Inzage"),
    CHANGE("wijziging", "Wijziging");

    final String code;
    final String label;

    Kind(String code, String label) {
      this.code = code;
      this.label = label;
    }
  }

  /** What the director asks for; null filters mean "any". {@code kind} null: reads and changes. */
  record Query(String caseReference, String userId, Instant from, Instant until, Kind kind, int page, int size) {
    int window() {
      return (page + 1) * size;
    }
  }

  record Entry(OffsetDateTime at, String kind, String kindLabel, String userId, String userName, String caseReference,
      String what, String operation, String channel, String httpMethod, String path) {}

  record Result(long total, List<Entry> entries) {}

  private final DossierReadRepository reads;
  private final ProcessEngine engine;
  private final CaseResolver cases;
  private final GeneralistDirectory people;

  AuditService(DossierReadRepository reads, ProcessEngine engine, CaseResolver cases, GeneralistDirectory people) {
    this.reads = reads;
    this.engine = engine;
    this.cases = cases;
    this.people = people;
  }

  @Transactional(readOnly = true)
  public Result search(Query query) {
    return cases.asSystem(() -> {
      List<Entry> entries = new ArrayList<>();
      long total = 0;
      Map<String, String> names = new HashMap<>();
      if (query.kind() != Kind.CHANGE) {
        var matching = DossierReadRepository.matching(query.caseReference(), query.userId(), query.from(),
            query.until());
        total += reads.count(matching);
        for (DossierRead read : reads.findAll(matching, PageRequest.of(0, query.window(),
            Sort.by(Sort.Order.desc("readAt"), Sort.Order.desc("id"))))) {
          entries.add(new Entry(offset(read.getReadAt()), Kind.READ.code, Kind.READ.label, read.getUserId(),
              name(names, read.getUserId()), read.getCaseReference(), read.getResource(), "Inzage",
              read.getChannel().label(), read.getHttpMethod(), read.getPath()));
        }
      }
      if (query.kind() != Kind.READ) {
        Map<String, ReadTarget.Case> caseOfInstance = new HashMap<>();
        Map<String, String> taskNames = new HashMap<>();
        for (UserOperationLogQuery changes : changeQueries(query)) {
          total += changes.count();
          for (UserOperationLogEntry change : changes.orderByTimestamp().desc().listPage(0, query.window())) {
            entries.add(change(change, caseOfInstance, taskNames, names));
          }
        }
      }
      entries.sort(Comparator.comparing(Entry::at).reversed());
      int from = Math.min(query.page() * query.size(), entries.size());
      int to = Math.min(from + query.size(), entries.size());
      return new Result(total, List.copyOf(entries.subList(from, to)));
    });
  }

  /** One query over the whole log, or one per process instance of the case (the case and the models it called). */
  private List<UserOperationLogQuery> changeQueries(Query query) {
    List<UserOperationLogQuery> queries = new ArrayList<>();
    if (query.caseReference() == null) {
      queries.add(changeQuery(query));
      return queries;
    }
    for (String instanceId : instancesOf(query.caseReference())) {
      queries.add(changeQuery(query).processInstanceId(instanceId));
    }
    return queries;
  }

  private UserOperationLogQuery changeQuery(Query query) {
    UserOperationLogQuery changes = history().createUserOperationLogQuery();
    if (query.userId() != null) {
      changes.userId(query.userId());
    }
    if (query.from() != null) {
      changes.afterTimestamp(Date.from(query.from().minusMillis(1))); // the engine's "after" is exclusive
    }
    if (query.until() != null) {
      changes.beforeTimestamp(Date.from(query.until()));
    }
    return changes;
  }

  private Set<String> instancesOf(String caseReference) {
    Set<String> instances = new LinkedHashSet<>();
    history().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
        .forEach(i -> instances.add(i.getId()));
    history().createHistoricVariableInstanceQuery()
        .variableValueEquals(CaseProcess.Variables.CASE_REFERENCE, caseReference).list().stream()
        .map(HistoricVariableInstance::getProcessInstanceId)
        .forEach(instances::add);
    for (String instanceId : List.copyOf(instances)) {
      history().createHistoricProcessInstanceQuery().superProcessInstanceId(instanceId).list().stream()
          .map(HistoricProcessInstance::getId)
          .forEach(instances::add);
    }
    return instances;
  }

  private Entry change(UserOperationLogEntry change, Map<String, ReadTarget.Case> caseOfInstance,
      Map<String, String> taskNames, Map<String, String> names) {
    String reference = change.getProcessInstanceId() == null ? null
        : caseOfInstance.computeIfAbsent(change.getProcessInstanceId(), cases::ofProcessInstance).caseReference();
    String what = OperationLabels.entity(change.getEntityType());
    if (change.getTaskId() != null) {
      String taskName = taskNames.computeIfAbsent(change.getTaskId(), id -> {
        String name = cases.taskName(id);
        return name == null ? "" : name;
      });
      what = taskName.isEmpty() ? what : "Taak '" + taskName + "'";
    } else if (change.getProcessDefinitionKey() != null) {
      what += " (" + change.getProcessDefinitionKey() + ")";
    }
    String operation = OperationLabels.operation(change.getOperationType(), change.getEntityType());
    if (showsValue(change)) {
      operation += " aan " + name(names, change.getNewValue());
    }
    return new Entry(offset(change.getTimestamp().toInstant()), Kind.CHANGE.code, Kind.CHANGE.label, change.getUserId(),
        name(names, change.getUserId()), reference, what, operation, "Engine", null, null);
  }

  /** Only who a task went to is shown: other properties' values may hold text typed by a user. */
  private static boolean showsValue(UserOperationLogEntry change) {
    return EntityTypes.TASK.equals(change.getEntityType()) && change.getNewValue() != null
        && ("assignee".equals(change.getProperty()) || "owner".equals(change.getProperty()));
  }

  private String name(Map<String, String> names, String userId) {
    return userId == null ? null : names.computeIfAbsent(userId, people::nameOf);
  }

  private HistoryService history() {
    return engine.getHistoryService();
  }

  private static OffsetDateTime offset(Instant instant) {
    return instant.atZone(ZONE).toOffsetDateTime();
  }
}
