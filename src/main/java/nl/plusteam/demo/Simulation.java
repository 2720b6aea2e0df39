package nl.plusteam.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.handoff.HandoffService;
import nl.plusteam.referral.process.ReferralProcess;
import nl.plusteam.safety.process.ReportingCodeProcess;
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
  private final Pacing pacing;
  private final FormInput forms;
  private final Instant end;
  private final PriorityQueue<Step> queue = new PriorityQueue<>(
      Comparator.comparing(Step::at).thenComparingLong(Step::seq));
  private final List<ScriptedCase> cases = new ArrayList<>();
  private final JobAgenda jobs;
  private final Map<String, List<String>> groups = new HashMap<>();
  private final Map<String, String> startForms = new HashMap<>();
  private final List<CaseHistory.Failure> failures = new ArrayList<>();
  private String tasksOfInstanceSql;
  private String taskByIdSql;
  private Instant now = Instant.EPOCH;
  private long sequence;
  private int tasksCompleted;
  private int referralsRegistered;
  private int signalsRaised;
  private int jobsExecuted;

  Simulation(CaseHistoryDriver.Services services, List<CaseScript> scripts, ZonedDateTime end, Pacing pacing) {
    this.services = services;
    this.pacing = pacing;
    this.forms = new FormInput(services.tasks());
    this.jobs = new JobAgenda(services.management());
    this.end = end.toInstant();
    for (CaseScript script : scripts) {
      ScriptedCase scripted = new ScriptedCase(script, pacing);
      cases.add(scripted);
      schedule(script.handedOffAt().toInstant(), scripted, "aanmelding", () -> handOff(scripted));
    }
  }

  /**
   * Runs every step and job up to the end, and the pacing's checkpoints in between (a checkpoint comes after the
   * jobs due by it and before the steps at its moment). The caller resets the clock.
   */
  void run() {
    Instant checkpoint = nextCheckpoint(now);
    while (true) {
      Step next = queue.peek();
      Instant horizon = next == null || next.at().isAfter(end) ? end : next.at();
      if (checkpoint != null && checkpoint.isBefore(horizon)) {
        horizon = checkpoint;
      }
      Optional<JobAgenda.Entry> job = jobs.dueBy(horizon);
      if (job.isPresent()) {
        execute(job.get());
      } else if (checkpoint != null && !checkpoint.isAfter(horizon)) {
        advanceTo(checkpoint);
        pacing.checkpoint(checkpoint);
        checkpoint = nextCheckpoint(checkpoint);
      } else if (next != null && !next.at().isAfter(end)) {
        take(queue.poll());
      } else {
        return;
      }
    }
  }

  private Instant nextCheckpoint(Instant after) {
    Optional<Instant> next = pacing.nextCheckpoint(after);
    if (next.isPresent() && !next.get().isAfter(after)) {
      throw new IllegalStateException("Een controlepunt moet na het vorige liggen: " + next.get() + " na " + after);
    }
    return next.filter(at -> !at.isAfter(end)).orElse(null);
  }

  CaseHistory result(Duration duration) {
    Map<CaseScript, CaseHistory.Case> byScript = new IdentityHashMap<>();
    for (ScriptedCase scripted : cases) {
      if (scripted.isHandedOff()) {
        byScript.put(scripted.script(), new CaseHistory.Case(scripted.caseReference(), scripted.processInstanceId(),
            scripted.caseFileId()));
      }
    }
    return new CaseHistory(byScript.size(), tasksCompleted, referralsRegistered, signalsRaised, jobsExecuted, duration,
        byScript, failures);
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
    jobs.refresh(owner);
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
  }

  /** Answers the tasks the model opened in the case (and in a meldcode it calls, which has the same business key). */
  private void react(ScriptedCase scripted) {
    if (!scripted.isHandedOff() || scripted.failed()) {
      return;
    }
    // the business key reaches the meldcode too, but costs a join: only for scripts that raise a signal; a plain
    // native query otherwise (the task query's dynamic SQL costs more than the query itself, at every step)
    List<Task> tasks = scripted.script().safetySignals().isEmpty()
        ? services.tasks().createNativeTaskQuery().sql(tasksOfInstanceSql())
            .parameter("processInstanceId", scripted.processInstanceId()).list()
        : services.tasks().createTaskQuery().processInstanceBusinessKey(scripted.caseReference()).list();
    for (Task task : tasks) {
      ZonedDateTime created = ZonedDateTime.ofInstant(task.getCreateTime().toInstant(), CaseScript.AMSTERDAM);
      scripted.reactTo(task, created).ifPresent(reaction -> {
        Pacing.Turn turn = pacing.turn(new Pacing.Request(scripted.script(), task.getTaskDefinitionKey(),
            task.getAssignee(), created.toInstant(), reaction.at().toInstant(), reaction.user()));
        schedule(turn.at(), scripted, reaction.what(), () -> complete(scripted, task.getId(), reaction, turn.user()));
      });
    }
  }

  /** Completes the task as its user does in the Tasklist, unless the model ended it meanwhile. */
  private void complete(ScriptedCase scripted, String taskId, ScriptedCase.Reaction reaction, String user) {
    Task task = services.tasks().createNativeTaskQuery().sql(taskByIdSql())
        .parameter("id", taskId).singleResult();
    if (task == null) {
      return;
    }
    Map<String, Object> variables = reaction.fill().of(forms, task, today());
    authenticate(user != null ? user : groupUserOf(task));
    services.forms().submitTaskForm(taskId, variables);
    tasksCompleted++;
    if (reaction.opensSupport() && scripted.openSupport()) {
      for (CaseScript.Referral referral : scripted.script().referrals()) {
        schedule(now.plus(Duration.ofDays(referral.afterConsentDays())), scripted, "verwijzing " + referral.careType(),
            () -> register(scripted, referral));
      }
      for (CaseScript.SafetySignal signal : scripted.script().safetySignals()) {
        schedule(now.plus(Duration.ofDays(signal.afterConsentDays())), scripted, "veiligheidssignaal",
            () -> raise(scripted, signal));
      }
    }
  }

  private String taskByIdSql() {
    if (taskByIdSql == null) {
      taskByIdSql = "select * from " + services.management().getTableName(Task.class) + " where ID_ = #{id}";
    }
    return taskByIdSql;
  }

  private String tasksOfInstanceSql() {
    if (tasksOfInstanceSql == null) {
      tasksOfInstanceSql = "select * from " + services.management().getTableName(Task.class)
          + " where PROC_INST_ID_ = #{processInstanceId}";
    }
    return tasksOfInstanceSql;
  }

  /** The demo user of the task's candidate group: the team manager, the director or the municipality's CMD. */
  private String groupUserOf(Task task) {
    return services.tasks().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> CaseHistoryDriver.demoUserOf(link.getGroupId()))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Taak '" + task.getName() + "' is voor geen bekende groep"));
  }

  /** The lead registers a referral with the start form "Verwijzing of eigen inzet registreren". */
  private void register(ScriptedCase scripted, CaseScript.Referral referral) {
    String definitionId = startFormOf(ReferralProcess.KEY);
    authenticate(scripted.script().lead());
    services.forms().submitStartForm(definitionId, forms.referral(scripted.caseReference(), referral, today()));
    referralsRegistered++;
  }

  /** The lead raises a safety signal with the start form "Veiligheidssignaal melden": the case calls the meldcode. */
  private void raise(ScriptedCase scripted, CaseScript.SafetySignal signal) {
    String definitionId = startFormOf(ReportingCodeProcess.RAISE_KEY);
    scripted.raised(signal);
    authenticate(scripted.script().lead());
    services.forms().submitStartForm(definitionId, forms.safetySignal(scripted.caseReference(), today()));
    signalsRaised++;
  }

  /**
   * Runs a job of a driven case at its due date, without a logged-in user, as the job executor does. Jobs of other
   * processes are not this run's business.
   */
  private void execute(JobAgenda.Entry job) {
    advanceTo(job.due());
    ScriptedCase owner = job.owner();
    try {
      services.management().executeJob(job.jobId());
      jobsExecuted++;
    } catch (RuntimeException e) {
      jobs.failed(job);
      fail(owner, "job " + job.jobId(), e);
    }
    react(owner);
    jobs.refresh(owner);
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

  /** The latest version of a start-form process, as Tasklist's "Start process" offers it. */
  private String startFormOf(String processKey) {
    return startForms.computeIfAbsent(processKey, key -> services.repository().createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult().getId());
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
