package nl.plusteam.reporting.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.process.CaseProcess;

/**
 * The facts the KPIs take from the engine's history rather than the dossier: the deadlines each case got
 * (the terms in force when it started) and when each evaluation task was due and done. The one place
 * reporting talks to the engine.
 */
@Component
public class EngineHistory {

  /** Fewer ids than any database's limit on the IN list (PostgreSQL and H2 are fine with this many). */
  private static final int CHUNK = 1000;

  private final HistoryService historyService;

  EngineHistory(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** A date variable (such as intakeDeadline) of each of the given case instances that has one. */
  public Map<String, Instant> dateVariable(String name, Collection<String> processInstanceIds) {
    Map<String, Instant> values = new HashMap<>();
    List<String> ids = processInstanceIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
          .variableName(name).processInstanceIdIn(chunk.toArray(String[]::new)).disableCustomObjectDeserialization()
          .list()) {
        if (variable.getValue() instanceof Date date) {
          values.put(variable.getProcessInstanceId(), date.toInstant());
        }
      }
    }
    return values;
  }

  /** An evaluation task with its due date: done (completed) at a moment, or still open. */
  public record EvaluationTask(String taskId, String processInstanceId, Instant due, Instant completed, boolean open) {}

  /**
   * The evaluation tasks of all cases that were due in [start, end). Tasks deleted without being done (the case
   * was scaled down or closed while the evaluation was open) are left out: nobody owed that evaluation any more.
   */
  public List<EvaluationTask> evaluationsDue(Instant start, Instant end) {
    List<EvaluationTask> tasks = new ArrayList<>();
    for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
        .processDefinitionKey(CaseProcess.KEY).taskDefinitionKey(CaseProcess.Elements.EVALUATE)
        .taskDueAfter(Date.from(start.minusMillis(1))).taskDueBefore(Date.from(end)).list()) {
      boolean open = task.getEndTime() == null;
      boolean completed = "completed".equals(task.getDeleteReason());
      if (open || completed) {
        tasks.add(new EvaluationTask(task.getId(), task.getProcessInstanceId(), task.getDueDate().toInstant(),
            open ? null : task.getEndTime().toInstant(), open));
      }
    }
    return tasks;
  }
}
