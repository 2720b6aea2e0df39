package nl.plusteam.casefile.process;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFile;

/** The one place where the case feature talks to the engine's runtime and task API. */
@Component
public class CaseEngine {

  private final RuntimeService runtimeService;
  private final TaskService taskService;

  CaseEngine(RuntimeService runtimeService, TaskService taskService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** Starts the case process; its business key is the case reference. Returns the process instance id. */
  public String startCase(CaseFile caseFile) {
    return runtimeService.createProcessInstanceByKey(CaseProcess.KEY)
        .businessKey(caseFile.getReference())
        .setVariables(Map.of(
            CaseProcess.Variables.CASE_FILE_ID, caseFile.getId(),
            CaseProcess.Variables.CASE_REFERENCE, caseFile.getReference(),
            CaseProcess.Variables.MUNICIPALITY, caseFile.getMunicipality().code(),
            CaseProcess.Variables.URGENCY, caseFile.getUrgency().code()))
        .execute()
        .getId();
  }

  /**
   * Hands the open intake of a case to another lead. Returns false when no intake task is open
   * (the case is not distributed yet, or the intake is already done).
   */
  public boolean reassignIntake(String processInstanceId, String newLead) {
    Task intake = taskService.createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(CaseProcess.Elements.CONDUCT_INTAKE)
        .singleResult();
    if (intake == null) {
      return false;
    }
    runtimeService.setVariable(processInstanceId, CaseProcess.Variables.LEAD, newLead);
    taskService.setAssignee(intake.getId(), newLead);
    return true;
  }

  /** The deadline recorded for the running intake period, if any. */
  public Date intakeDeadline(String processInstanceId) {
    return (Date) runtimeService.getVariable(processInstanceId, CaseProcess.Variables.INTAKE_DEADLINE);
  }
}
