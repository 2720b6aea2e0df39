package nl.plusteam.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.system.EngineLogin;

/**
 * Finds the case behind a task, process instance or execution: its case reference and case file id, from the
 * instance's variables or, for a model the case calls (meldcode), from the calling instance. The lookups run as
 * the system: the reader may not read the engine's history, and the audit must know the case anyway.
 */
@Component
class CaseResolver {

  /** How far up a chain of called processes the case is looked for. */
  private static final int MAX_CALL_DEPTH = 5;

  private final ProcessEngine engine;
  private final CaseFileRepository caseFiles;

  CaseResolver(ProcessEngine engine, CaseFileRepository caseFiles) {
    this.engine = engine;
    this.caseFiles = caseFiles;
  }

  record TaskCase(ReadTarget.Case readCase, String taskName) {}

  Optional<TaskCase> ofTask(String taskId) {
    return asSystem(() -> {
      HistoricTaskInstance task = historicTask(taskId);
      if (task == null) {
        return Optional.empty();
      }
      ReadTarget.Case found = ofInstance(task.getProcessInstanceId());
      return Optional.of(new TaskCase(new ReadTarget.Case(found.caseFileId(), found.caseReference(),
          task.getProcessInstanceId(), taskId), task.getName()));
    });
  }

  String taskName(String taskId) {
    return asSystem(() -> {
      HistoricTaskInstance task = historicTask(taskId);
      return task == null ? null : task.getName();
    });
  }

  private HistoricTaskInstance historicTask(String taskId) {
    return history().createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
  }

  ReadTarget.Case ofProcessInstance(String processInstanceId) {
    return asSystem(() -> ofInstance(processInstanceId));
  }

  ReadTarget.Case ofExecution(String executionId) {
    return asSystem(() -> {
      Execution execution = engine.getRuntimeService().createExecutionQuery().executionId(executionId).singleResult();
      return execution == null ? ReadTarget.Case.NONE : ofInstance(execution.getProcessInstanceId());
    });
  }

  private ReadTarget.Case ofInstance(String processInstanceId) {
    if (processInstanceId == null) {
      return ReadTarget.Case.NONE;
    }
    String instanceId = processInstanceId;
    for (int depth = 0; depth < MAX_CALL_DEPTH && instanceId != null; depth++) {
      Map<String, Object> variables = caseVariables(instanceId);
      String reference = variables.get(CaseProcess.Variables.CASE_REFERENCE) instanceof String s ? s : null;
      Long caseFileId = variables.get(CaseProcess.Variables.CASE_FILE_ID) instanceof Number n ? n.longValue() : null;
      if (reference != null || caseFileId != null) {
        return complete(caseFileId, reference, processInstanceId);
      }
      HistoricProcessInstance instance = history().createHistoricProcessInstanceQuery()
          .processInstanceId(instanceId).singleResult();
      if (instance == null) {
        break;
      }
      if (instance.getBusinessKey() != null && instance.getBusinessKey().startsWith("PT-")) {
        return complete(null, instance.getBusinessKey(), processInstanceId);
      }
      instanceId = instance.getSuperProcessInstanceId();
    }
    return new ReadTarget.Case(null, null, processInstanceId, null);
  }

  private ReadTarget.Case complete(Long caseFileId, String reference, String processInstanceId) {
    if (caseFileId == null) {
      caseFileId = caseFiles.findByReference(reference).map(CaseFile::getId).orElse(null);
    } else if (reference == null) {
      reference = caseFiles.findById(caseFileId).map(CaseFile::getReference).orElse(null);
    }
    return new ReadTarget.Case(caseFileId, reference, processInstanceId, null);
  }

  /** The case file id for a case reference read from an API answer. */
  ReadTarget.Case ofReference(String reference) {
    return new ReadTarget.Case(caseFiles.findByReference(reference).map(CaseFile::getId).orElse(null), reference,
        null, null);
  }

  /** The instance's case reference and case file id, in one query (the first of each name, as stored). */
  private Map<String, Object> caseVariables(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableNameIn(CaseProcess.Variables.CASE_REFERENCE, CaseProcess.Variables.CASE_FILE_ID)
        .disableCustomObjectDeserialization().list()) {
      if (variable.getTaskId() == null) { // not the copies on tasks (TaskListVariablesPlugin)
        values.putIfAbsent(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  private HistoryService history() {
    return engine.getHistoryService();
  }

  /** Runs a lookup without the caller's engine authentication (restored afterwards). */
  <T> T asSystem(Supplier<T> lookup) {
    return EngineLogin.as(engine.getIdentityService(), null, lookup);
  }
}
