package nl.plusteam.casefile.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

  /** The timers a case waits at for its next evaluation (or, in monitoring, its next check-in). */
  static final List<String> EVALUATION_TIMERS = List.of(CaseProcess.Elements.EVALUATION_INTERVAL,
      CaseProcess.Elements.PLAN_END_DATE, CaseProcess.Elements.YEARLY_EVALUATION,
      CaseProcess.Elements.MONITORING_CHECK_IN_TIMER);

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final AuthorizationService authorizationService;

  CaseEngine(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      AuthorizationService authorizationService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.authorizationService = authorizationService;
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
    if (taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CaseProcess.Elements.CONDUCT_INTAKE).count() == 0) {
      return false;
    }
    String oldLead = (String) runtimeService.getVariable(processInstanceId, CaseProcess.Variables.LEAD);
    if (oldLead != null && !oldLead.equals(newLead)) {
      replaceGeneralists(processInstanceId, Map.of(oldLead, newLead));
    }
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

  /**
   * Hands roles in a running case from one generalist to another ({@code replacements}: old user id to new; a
   * swap of lead and partner maps both ways). The variables the model assigns tasks with change, so later
   * tasks go to the new people; open tasks (also those of a meldcode called from the case) move now, and
   * whoever leaves the case loses the task authorization the engine gave them.
   */
  public void replaceGeneralists(String processInstanceId, Map<String, String> replacements) {
    List<String> instances = new ArrayList<>();
    instances.add(processInstanceId);
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
        .forEach(sub -> instances.add(sub.getId()));
    String[] instanceIds = instances.toArray(String[]::new);
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceIds)
        .variableNameIn(CaseProcess.Variables.LEAD, CaseProcess.Variables.PARTNER,
            CaseProcess.Variables.SIGNAL_RAISED_BY).list()) {
      String replacement = variable.getValue() == null ? null : replacements.get(variable.getValue().toString());
      if (replacement != null && variable.getTaskId() == null) {
        runtimeService.setVariableLocal(variable.getExecutionId(), variable.getName(), replacement);
      }
    }
    for (Task task : taskService.createTaskQuery().processInstanceIdIn(instanceIds).list()) {
      Set<String> before = new HashSet<>();
      if (task.getAssignee() != null) {
        before.add(task.getAssignee());
      }
      Set<String> candidates = new LinkedHashSet<>();
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
          candidates.add(link.getUserId());
        }
      }
      before.addAll(candidates);
      if (task.getAssignee() != null && replacements.containsKey(task.getAssignee())) {
        taskService.setAssignee(task.getId(), replacements.get(task.getAssignee()));
      }
      for (String candidate : candidates) {
        if (replacements.containsKey(candidate)) {
          taskService.deleteCandidateUser(task.getId(), candidate);
        }
      }
      Set<String> after = new HashSet<>();
      if (task.getAssignee() != null) {
        after.add(replacements.getOrDefault(task.getAssignee(), task.getAssignee()));
      }
      for (String candidate : candidates) {
        String now = replacements.getOrDefault(candidate, candidate);
        after.add(now);
        if (!now.equals(candidate)) {
          taskService.addCandidateUser(task.getId(), now);
        }
      }
      before.removeAll(after);
      revokeTaskAuthorizations(task.getId(), before);
    }
  }

  /** The engine keeps a user's task authorization when the user is no longer assignee or candidate. */
  private void revokeTaskAuthorizations(String taskId, Set<String> users) {
    if (users.isEmpty()) {
      return;
    }
    authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
        .userIdIn(users.toArray(String[]::new)).list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
  }

  /** The case's next planned evaluation (or monitoring check-in): the earliest of its evaluation timers. */
  public Optional<Date> nextEvaluation(String processInstanceId) {
    return nextEvaluationJob(processInstanceId).map(Job::getDuedate);
  }

  /** The next planned evaluation of each given case: process instance id to due date. */
  public Map<String, Date> nextEvaluations(Set<String> processInstanceIds) {
    Map<String, Date> next = new java.util.HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return next;
    }
    // Camunda 7.24's job query writes invalid SQL for processInstanceIds combined with activityId (no "and"
    // between the two), so the evaluation timers are recognised by their job definitions instead.
    Set<String> definitions = new HashSet<>();
    managementService.createJobDefinitionQuery().activityIdIn(EVALUATION_TIMERS.toArray(String[]::new)).list()
        .forEach(definition -> definitions.add(definition.getId()));
    for (Job job : managementService.createJobQuery().processInstanceIds(processInstanceIds).list()) {
      if (definitions.contains(job.getJobDefinitionId())) {
        next.merge(job.getProcessInstanceId(), job.getDuedate(), (a, b) -> a.before(b) ? a : b);
      }
    }
    return next;
  }

  /**
   * Brings the case's next evaluation forward to the given moment by moving the timer it waits at (the engine
   * logs the change in its operation log). Returns the timer's earlier due date, or empty when the case waits
   * for no evaluation.
   */
  public Optional<Date> bringEvaluationForward(String processInstanceId, Date at) {
    Optional<Job> job = nextEvaluationJob(processInstanceId);
    job.ifPresent(timer -> managementService.setJobDuedate(timer.getId(), at));
    return job.map(Job::getDuedate);
  }

  private Optional<Job> nextEvaluationJob(String processInstanceId) {
    List<Job> timers = new ArrayList<>();
    for (String activityId : EVALUATION_TIMERS) {
      timers.addAll(managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
          .list());
    }
    return timers.stream().min(Comparator.comparing(Job::getDuedate));
  }

  /** The open tasks of cases (and of meldcodes running in them, which carry the same business key), by reference. */
  public Map<String, List<Task>> openTasksOf(Set<String> caseReferences) {
    Map<String, List<Task>> tasks = new java.util.HashMap<>();
    if (caseReferences.isEmpty()) {
      return tasks;
    }
    List<Task> open = taskService.createTaskQuery()
        .processInstanceBusinessKeyIn(caseReferences.toArray(String[]::new)).list();
    Set<String> instanceIds = new HashSet<>();
    open.forEach(task -> instanceIds.add(task.getProcessInstanceId()));
    Map<String, String> references = new java.util.HashMap<>();
    if (!instanceIds.isEmpty()) {
      runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
          .forEach(instance -> references.put(instance.getId(), instance.getBusinessKey()));
    }
    for (Task task : open) {
      String reference = references.get(task.getProcessInstanceId());
      if (reference != null) {
        tasks.computeIfAbsent(reference, r -> new ArrayList<>()).add(task);
      }
    }
    return tasks;
  }
}
