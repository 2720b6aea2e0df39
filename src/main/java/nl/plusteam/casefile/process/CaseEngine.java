package nl.plusteam.casefile.process;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.system.process.DossierInput;
import nl.plusteam.security.Roles;

/** The one place where the case feature talks to the engine's runtime and task API. */
@Component
public class CaseEngine {

  /** Priority of a reminded task: above ordinary work, below escalations (90). */
  static final int REMINDED_PRIORITY = 85;

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
            CaseProcess.Variables.URGENCY, caseFile.getUrgency().code(),
            CaseProcess.Variables.CMD_GROUP, Roles.cmdGroupOf(caseFile.getMunicipality()),
            CaseProcess.Variables.SUPPORT_TRACK, CaseProcess.SupportTracks.REGULAR))
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

  /**
   * A team manager's scale-down: the message "afschalen" interrupts support or life-course support and the
   * model routes on the next step. Returns false when the case is not waiting in either.
   */
  public boolean scaleDown(String processInstanceId, String nextStep) {
    try {
      // the support phase is interrupted: a form's data offered to an open evaluation goes with it
      runtimeService.removeVariable(processInstanceId, DossierInput.VARIABLE);
      runtimeService.createMessageCorrelation(CaseProcess.Messages.SCALE_DOWN)
          .processInstanceId(processInstanceId)
          .setVariable(CaseProcess.Variables.NEXT_STEP, nextStep)
          .setVariable(CaseProcess.Variables.SUPPORT_TRACK, supportTrackAfter(nextStep))
          .correlate();
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      return false;
    }
  }

  /**
   * Starts the reporting code (meldcode) inside a running case: the message "veiligheidssignaal" starts
   * the case's event subprocess, which calls the meldcode model. Returns false when the case has ended.
   */
  public boolean raiseSafetySignal(String processInstanceId, Long safetySignalId, String raisedBy) {
    try {
      // onto the event subprocess's own scope: the case's other tasks (and the CMD's) never see them. The
      // meldcode's answer (caseContinues) is declared there too, so the call activity's result lands there.
      runtimeService.createMessageCorrelation(CaseProcess.Messages.SAFETY_SIGNAL)
          .processInstanceId(processInstanceId)
          .setVariablesToTriggeredScope(Map.of(CaseProcess.Variables.SAFETY_SIGNAL_ID, safetySignalId,
              CaseProcess.Variables.SIGNAL_RAISED_BY, raisedBy, CaseProcess.Variables.CASE_CONTINUES, true))
          .correlate();
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      return false;
    }
  }

  /** Whether a meldcode (safety signal) is still running in the case. */
  public boolean hasOpenSafetySignal(String processInstanceId) {
    return runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
        .activityId(CaseProcess.Elements.REPORTING_CODE).count() > 0;
  }

  /** The support track a next step leads to: life-course support keeps its yearly rhythm, all else is regular. */
  public static String supportTrackAfter(String nextStep) {
    return CaseProcess.SupportTracks.LIFE_COURSE.equals(nextStep)
        ? CaseProcess.SupportTracks.LIFE_COURSE : CaseProcess.SupportTracks.REGULAR;
  }

  /** Raises the open user tasks of a case (not escalations) and puts them on follow-up now. */
  public void remindOpenTasks(String processInstanceId) {
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (task.getPriority() < REMINDED_PRIORITY) {
        task.setPriority(REMINDED_PRIORITY);
        task.setFollowUpDate(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime());
        taskService.saveTask(task);
      }
    }
  }
}
