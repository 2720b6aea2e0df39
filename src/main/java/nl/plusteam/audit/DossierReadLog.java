package nl.plusteam.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes the dossier-read log: one row per case a successful read showed (one without a case if none). */
@Service
class DossierReadLog {

  static final String AUDIT_PATH = "/api/audit";

  private final DossierReadRepository reads;
  private final CaseResolver cases;
  private final Clock clock;

  DossierReadLog(DossierReadRepository reads, CaseResolver cases, Clock clock) {
    this.reads = reads;
    this.cases = cases;
    this.clock = clock;
  }

  @Transactional
  public List<DossierRead> record(String userId, ReadTarget target, String method, String path, JsonNode answer) {
    if (userId == null) {
      throw new IllegalStateException("Lezer van " + path + " onbekend");
    }
    List<ReadTarget.Case> read = new ArrayList<>();
    String resource = target.resource();
    switch (target.kind()) {
      case TASK -> {
        CaseResolver.TaskCase task = cases.ofTask(target.id())
            .orElse(new CaseResolver.TaskCase(new ReadTarget.Case(null, null, null, target.id()), null));
        read.add(task.readCase());
        if (task.taskName() != null) {
          resource += " '" + task.taskName() + "'";
        }
      }
      case PROCESS_INSTANCE -> read.add(cases.ofProcessInstance(target.id()));
      case EXECUTION -> read.add(cases.ofExecution(target.id()));
      case ENGINE_QUERY -> {
        Map<String, ReadTarget.Case> byCase = new LinkedHashMap<>();
        for (String instanceId : valuesOf(answer, "processInstanceId")) {
          ReadTarget.Case found = cases.ofProcessInstance(instanceId);
          byCase.putIfAbsent(found.caseReference() != null ? found.caseReference() : instanceId, found);
        }
        read.addAll(byCase.values());
      }
      case API -> {
        Set<String> references = AUDIT_PATH.equals(path) ? Set.of() : valuesOf(answer, "caseReference");
        references.stream().map(cases::ofReference).forEach(read::add);
      }
    }
    if (read.isEmpty()) {
      read.add(ReadTarget.Case.NONE);
    }
    String what = resource;
    List<DossierRead> rows = read.stream()
        .map(c -> new DossierRead(clock.instant(), userId, target.channel(), c, what, method, path))
        .toList();
    return reads.saveAll(rows);
  }

  /** Whether recording a read needs the answer itself: the cases are found in it (queries, our API's lists). */
  static boolean readsAnswer(ReadTarget target, String path) {
    return target.kind() == ReadTarget.Kind.ENGINE_QUERY
        || target.kind() == ReadTarget.Kind.API && !AUDIT_PATH.equals(path);
  }

  /** Distinct values of a field anywhere in a JSON answer. */
  static Set<String> valuesOf(JsonNode answer, String field) {
    Set<String> values = new LinkedHashSet<>();
    if (answer != null) {
      for (JsonNode value : answer.findValues(field)) {
        if (value.isTextual() && !value.asText().isBlank()) {
          values.add(value.asText());
        }
      }
    }
    return values;
  }
}
