package nl.plusteam.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ManagementService;

/**
 * The engine jobs of the driven cases, by due date. Only the simulation acts on these cases and the job executor is
 * stopped, so a case's jobs change only when the simulation acts on that case: it refreshes the case afterwards with
 * one indexed query (by root process instance), instead of scanning all jobs before every step.
 */
final class JobAgenda {

  /** A job waiting in a case; a job without due date is due at once. */
  record Entry(Instant due, String jobId, ScriptedCase owner) {}

  private final ManagementService management;
  private final TreeSet<Entry> byDue = new TreeSet<>(Comparator.comparing(Entry::due).thenComparing(Entry::jobId));
  private final Map<ScriptedCase, List<Entry>> byCase = new IdentityHashMap<>();
  /** Jobs that failed: an incident in real life; this run does not retry them. */
  private final Set<String> failed = new HashSet<>();

  JobAgenda(ManagementService management) {
    this.management = management;
  }

  /** Reads the case's current jobs from the engine, after the simulation acted on it. */
  void refresh(ScriptedCase scripted) {
    List<Entry> previous = byCase.remove(scripted);
    if (previous != null) {
      previous.forEach(byDue::remove);
    }
    if (!scripted.isHandedOff()) {
      return;
    }
    List<Entry> current = management.createJobQuery().rootProcessInstanceId(scripted.processInstanceId()).active()
        .withRetriesLeft().list().stream()
        .filter(job -> !failed.contains(job.getId()))
        .map(job -> new Entry(job.getDuedate() == null ? Instant.EPOCH : job.getDuedate().toInstant(), job.getId(),
            scripted))
        .toList();
    byCase.put(scripted, current);
    byDue.addAll(current);
  }

  /** The earliest job due by the horizon. */
  Optional<Entry> dueBy(Instant horizon) {
    return byDue.isEmpty() || byDue.first().due().isAfter(horizon) ? Optional.empty() : Optional.of(byDue.first());
  }

  void failed(Entry entry) {
    failed.add(entry.jobId());
  }
}
