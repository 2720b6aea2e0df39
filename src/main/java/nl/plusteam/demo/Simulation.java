package nl.plusteam.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.handoff.HandoffService;
import nl.plusteam.referral.process.ReferralProcess;
import nl.plusteam.security.CurrentUser;

/**
 * One run of the {@link CaseHistoryDriver}: a discrete-event simulation on the engine clock. The scripted steps of
 * all cases wait in one queue ordered by time; the engine's jobs (reminders, escalations, evaluation timers) are
 * the other source of events. Whichever comes first happens first, with the clock set to its moment: a job at its
 * due date, as the job executor would run it; a step as its user would take it in the Tasklist. After either, the
 * case's newly opened tasks are answered from its script.
 */
final class Simulation {

  private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);

  /** A scripted step: what happens when; the action logs its user in itself. */
  private record Step(Instant at, long seq, ScriptedCase owner, String what, Runnable action) {}

  private final CaseHistoryDriver.Services services;
  private final FormInput forms;
  private final Instant end;
  private final PriorityQueue<Step> queue = new PriorityQueue<>(
      Comparator.comparing(Step::at).thenComparingLong(Step::seq));
  private final List<ScriptedCase> cases = new ArrayList<>();
  /** Cases by (root) process instance: a job belongs to the case its root instance is. */
  private final Map<String, ScriptedCase> byInstance = new HashMap<>();
  private final Set<String> failedJobs = new HashSet<>();
  private final Map<String, List<String>> groups = new HashMap<>();
  private final List<CaseHistory.Failure> failures = new ArrayList<>();
  private Instant now = Instant.EPOCH;
  private long sequence;
  private int tasksCompleted;
  private int referralsRegistered;
  private int jobsExecuted;
  private String referralDefinitionId;

  Simulation(CaseHistoryDriver.Services services, List<CaseScript> scripts, ZonedDateTime end) {
    this.services = services;
    this.forms = new FormInput(services.tasks());
    this.end = end.toInstant();
    for (CaseScript script : scripts) {
      ScriptedCase scripted = new ScriptedCase(script);
      cases.add(scripted);
      schedule(script.handedOffAt().toInstant(), scripted, "aanmelding", () -> handOff(scripted));
    }
  }

  /** Runs every step and job up to the end. The caller resets the clock. */
  void run() {
    while (true) {
      Step next = queue.peek();
      Instant horizon = next == null || next.at().isAfter(end) ? end : next.at();
      Optional<Job> job = nextDueJob(horizon);
      if (job.isPresent()) {
        execute(job.get());
      } else if (next != null && !next.at().isAfter(end)) {
        take(queue.poll());
      } else {
        return;
      }
    }
  }

  CaseHistory result(Duration duration) {
    Map<CaseScript, CaseHistory.Case> byScript = new IdentityHashMap<>();
    for (ScriptedCase scripted : cases) {
      if (scripted.isHandedOff()) {
        byScript.put(scripted.script(), new CaseHistory.Case(scripted.caseReference(), scripted.processInstanceId(),
            scripted.caseFileId()));
      }
    }
    return new CaseHistory(byScript.size(), tasksCompleted, referralsRegistered, jobsExecuted, duration, byScript,
        failures);
  }

  private void take(Step step) {
    ScriptedCase owner = step.owner();
    if (owner.failed()) {
      return;
    }
    advanceTo(step.at());
    try {
      step.action().run();
    } catch (RuntimeException e) {
      fail(owner, step.what(), e);
      return;
    } finally {
      services.identity().clearAuthentication();
    }
    react(owner);
  }

  /** The CMD hands off through the application's handoff service, as the API does (no engine login). */
  private void handOff(ScriptedCase scripted) {
    CaseScript script = scripted.script();
    String cmdUser = CaseHistoryDriver.cmdUserOf(script.municipality());
    HandoffService.Submission submission = services.handoffs()
        .submit(new CurrentUser(cmdUser, groupsOf(cmdUser)), script.key(), forms.handoff(script));
    if (submission.replayed()) {
      throw new IllegalStateException("Aanmelding " + script.key() + " bestond al ("
          + submission.handoff().caseReference() + "); een script wordt één keer aangemeld.");
    }
    CaseFile caseFile = services.caseFiles().findByReference(submission.handoff().caseReference()).orElseThrow();
    scripted.handedOff(caseFile.getReference(), caseFile.getProcessInstanceId(), caseFile.getId());
    byInstance.put(caseFile.getProcessInstanceId(), scripted);
  }

  /** Answers the tasks the model opened in the case. */
  private void react(ScriptedCase scripted) {
    if (!scripted.isHandedOff() || scripted.failed()) {
      return;
    }
    String cmdUser = CaseHistoryDriver.cmdUserOf(scripted.script().municipality());
    for (Task task : services.tasks().createTaskQuery().processInstanceId(scripted.processInstanceId()).list()) {
      ZonedDateTime created = ZonedDateTime.ofInstant(task.getCreateTime().toInstant(), CaseScript.AMSTERDAM);
      scripted.reactTo(task, created, CaseHistoryDriver.TEAM_MANAGER, cmdUser).ifPresent(reaction ->
          schedule(reaction.at().toInstant(), scripted, reaction.what(), () -> complete(scripted, task.getId(), reaction)));
    }
  }

  /** Completes the task as its user does in the Tasklist, unless the model ended it meanwhile. */
  private void complete(ScriptedCase scripted, String taskId, ScriptedCase.Reaction reaction) {
    Task task = services.tasks().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return;
    }
    Map<String, Object> variables = reaction.fill().of(forms, task, today());
    authenticate(reaction.user());
    services.forms().submitTaskForm(taskId, variables);
    tasksCompleted++;
    if (reaction.opensSupport() && scripted.openSupport()) {
      for (CaseScript.Referral referral : scripted.referrals()) {
        schedule(now.plus(Duration.ofDays(referral.afterConsentDays())), scripted, "verwijzing " + referral.careType(),
            () -> register(scripted, referral));
      }
    }
  }

  /** The lead registers a referral with the start form "Verwijzing of eigen inzet registreren". */
  private void register(ScriptedCase scripted, CaseScript.Referral referral) {
    String definitionId = referralDefinitionId();
    authenticate(scripted.script().lead());
    services.forms().submitStartForm(definitionId, forms.referral(scripted.caseReference(), referral, today()));
    referralsRegistered++;
  }

  /** The earliest job of a driven case due by the horizon; jobs of other processes are not this run's business. */
  private Optional<Job> nextDueJob(Instant horizon) {
    List<Job> due = services.management().createJobQuery().active().withRetriesLeft()
        .duedateLowerThan(Date.from(horizon.plusMillis(1))).orderByJobDuedate().asc().list();
    return due.stream()
        .filter(job -> byInstance.containsKey(job.getRootProcessInstanceId()) && !failedJobs.contains(job.getId()))
        .findFirst();
  }

  /** Runs a job at its due date, without a logged-in user, as the job executor does. */
  private void execute(Job job) {
    advanceTo(job.getDuedate().toInstant());
    ScriptedCase owner = byInstance.get(job.getRootProcessInstanceId());
    try {
      services.management().executeJob(job.getId());
      jobsExecuted++;
    } catch (RuntimeException e) {
      failedJobs.add(job.getId());
      fail(owner, "job " + job.getId(), e);
      return;
    }
    react(owner);
  }

  private void schedule(Instant at, ScriptedCase owner, String what, Runnable action) {
    queue.add(new Step(at.isBefore(now) ? now : at, sequence++, owner, what, action));
  }

  /** The clock only moves forward: a step planned before a later event happens right after it. */
  private void advanceTo(Instant moment) {
    if (moment.isAfter(now)) {
      now = moment;
    }
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(now, CaseScript.AMSTERDAM);
  }

  /** Logs the user in with their groups, so authorization applies and history says who did it. */
  private void authenticate(String user) {
    List<String> groupIds = groupsOf(user);
    services.identity().setAuthentication(user, groupIds);
  }

  private List<String> groupsOf(String user) {
    return groups.computeIfAbsent(user, u -> services.identity().createGroupQuery().groupMember(u).list().stream()
        .map(Group::getId).toList());
  }

  private String referralDefinitionId() {
    if (referralDefinitionId == null) {
      referralDefinitionId = services.repository().createProcessDefinitionQuery()
          .processDefinitionKey(ReferralProcess.KEY).latestVersion().singleResult().getId();
    }
    return referralDefinitionId;
  }

  private void fail(ScriptedCase owner, String what, RuntimeException e) {
    owner.fail();
    String reason = reason(e);
    failures.add(new CaseHistory.Failure(owner.script(), what, reason));
    LOG.warn("Casusgeschiedenis {} ({}): stap '{}' op {} geweigerd: {}", owner.script().key(),
        owner.caseReference() == null ? "nog niet aangemeld" : owner.caseReference(), what, today(), reason);
  }

  /** The innermost message: the application's Dutch refusal, not the engine's wrapper. */
  private static String reason(Throwable e) {
    Throwable inner = e;
    while (inner.getCause() != null && inner.getCause() != inner) {
      inner = inner.getCause();
    }
    return inner.getMessage() != null ? inner.getMessage() : inner.getClass().getSimpleName();
  }
}
