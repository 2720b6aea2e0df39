package nl.plusteam.cluster;

import static nl.plusteam.casefile.process.CaseProcess.Elements.ASSIGN;
import static nl.plusteam.casefile.process.CaseProcess.Elements.CONDUCT_INTAKE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.DISTRIBUTE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.INTAKE_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.plusteam.casefile.process.CaseProcess;

/**
 * PostgreSQL stops for 30 s ({@code -Dplusteam.outage.seconds}) and starts again under a running node, while a
 * team manager keeps distributing cases through the REST API and intake deadlines come due. Without restarting
 * the node: every distribution is recorded exactly once, every timer has fired once, jobs that failed during the
 * outage were retried (no incidents), and while the database was away the node answered with errors within a
 * few seconds instead of hanging.
 */
class DatabaseOutageTests {

  private static final int CASES = Integer.getInteger("plusteam.outage.cases", 200);
  private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("plusteam.outage.seconds", 30));
  /** Jobs a node was running when the database went away are taken up again after this lock time. */
  private static final Duration LOCK_TIME = Duration.ofSeconds(20);
  /** How long a request waits for a database connection before it fails (Hikari's default is 30 s). */
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
  private static final String TEAM_MANAGER = "teammanager";
  private static final String LEAD = "generalist.anna";
  private static final String PARTNER = "generalist.bram";

  private ClusterDatabase database;
  private AppNode node;

  @AfterEach
  void stop() throws Exception {
    try (ClusterDatabase db = database; AppNode n = node) {
      // the node first, then the database
    }
  }

  @Test
  void databaseStopsAndStartsAgain_nothingLostNothingDoubledNoRestart() throws Exception {
    database = ClusterDatabase.start("outage");
    node = AppNode.launch("outage-node", database, List.of(
        "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "camunda.bpm.job-execution.max-wait=5000",
        "camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle=R10/PT5S",
        "spring.datasource.hikari.connection-timeout=" + CONNECTION_TIMEOUT.toMillis()));
    long pid = node.pid();
    IntakeDeadlines deadlines = new IntakeDeadlines(database);
    List<String> cases = deadlines.handOff(List.of(node), CASES, 4, "outage");
    // half the cases are distributed by the team manager during the run, the other half only wait for timers
    List<String> toDistribute = cases.subList(0, CASES / 2);
    List<String> inFlightTimers = cases.subList(CASES / 2, CASES * 3 / 4);
    List<String> timersDueInOutage = cases.subList(CASES * 3 / 4, CASES);
    Map<String, String> distributeTasks = new TreeMap<>();
    for (List<Object> row : database.rows("select ID_, PROC_INST_ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = ? "
        + "and PROC_INST_ID_ = any(?)", DISTRIBUTE, IntakeDeadlines.array(toDistribute))) {
      distributeTasks.put((String) row.get(0), (String) row.get(1));
    }
    assertThat(distributeTasks).hasSize(toDistribute.size());

    // The team manager's client: distributes case after case, retries what fails, never gives up.
    TeamManagerClient client = new TeamManagerClient(node.client(TEAM_MANAGER), distributeTasks.keySet());
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<?>> workers = List.of(threads.submit(client::work), threads.submit(client::work));
    IntakeDeadlines.await("distributions before the outage", () -> client.completed.size() * 5L,
        distributeTasks.size(), Duration.ofMinutes(2));

    // Timers: one group due now (running when the database goes), one group due while it is away.
    Instant stormStart = Instant.now();
    Instant stopAtLatest = stormStart.plusSeconds(15);
    Instant dueInOutage = stormStart.plusSeconds(20);
    assertThat(deadlines.makeDueNow(inFlightTimers)).isEqualTo(inFlightTimers.size());
    assertThat(database.update("""
        update ACT_RU_JOB set DUEDATE_ = ?
        where JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?) and PROCESS_INSTANCE_ID_ = any(?)""",
        dueInOutage, INTAKE_DEADLINE, IntakeDeadlines.array(timersDueInOutage))).isEqualTo(timersDueInOutage.size());

    // The outage: once a third of the first timers fired (at most 15 s after they came due).
    IntakeDeadlines.await("timers firing before the outage", () -> Instant.now().isAfter(stopAtLatest)
        ? inFlightTimers.size() : deadlines.breaches(inFlightTimers) * 3, inFlightTimers.size(), Duration.ofSeconds(30));
    long completedBeforeStop = client.completed.size();
    long firedBeforeStop = deadlines.breaches(inFlightTimers);
    Set<String> acquiredBeforeStop = node.acquiredJobIds();
    database.stop();
    Instant stoppedAt = Instant.now();
    assertThat(stoppedAt).isBefore(dueInOutage);

    // While the database is away the node answers, with an error, within a bounded time.
    AppNode.pause(Duration.ofSeconds(2));
    NodeClient.Response probe = node.client(IntakeDeadlines.CMD_USER).get("/api/handoffs/1");
    assertThat(probe.status()).as("status while the database is down: %s", probe.body()).isEqualTo(503);
    assertThat(probe.body()).contains("database is tijdelijk niet bereikbaar");
    assertThat(probe.took()).isLessThan(CONNECTION_TIMEOUT.plusSeconds(5));
    AppNode.pause(OUTAGE.minus(Duration.ofSeconds(2)).minus(probe.took()));
    // the node may reach the database as soon as it accepts connections, before start() returns
    Instant restartBegins = Instant.now();
    database.start();
    Instant restartedAt = Instant.now();
    long completedDuringOutage = client.completed.size() - completedBeforeStop;

    for (Future<?> worker : workers) {
      worker.get(5, TimeUnit.MINUTES);
    }
    threads.shutdown();
    IntakeDeadlines.await("breaches after the outage",
        () -> deadlines.breaches(cases.subList(CASES / 2, CASES)), CASES - CASES / 2, Duration.ofMinutes(5));
    Duration recovery = Duration.between(restartedAt, Instant.now());
    IntakeDeadlines.await("timer jobs gone", () -> CASES - CASES / 2 - deadlines.pendingTimers(
        cases.subList(CASES / 2, CASES)), CASES - CASES / 2, Duration.ofSeconds(30));

    // the same node, never restarted, still answers
    assertThat(node.isAlive()).isTrue();
    assertThat(node.pid()).isEqualTo(pid);
    assertThat(node.client(IntakeDeadlines.CMD_USER).get("/api/handoffs/1").status()).isEqualTo(200);

    // no lost completions, none doubled: the engine's history and the dossier agree
    assertThat(client.completed).hasSize(distributeTasks.size());
    assertThat(database.count("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = ? and PROC_INST_ID_ = any(?) "
        + "and DELETE_REASON_ = 'completed'", DISTRIBUTE, IntakeDeadlines.array(toDistribute)))
        .isEqualTo(toDistribute.size());
    assertThat(database.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = ? and PROC_INST_ID_ = any(?)",
        ASSIGN, IntakeDeadlines.array(toDistribute))).as("'Regisseur en duo vastleggen' ran once per case")
        .isEqualTo(toDistribute.size());
    assertThat(database.count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ? and PROC_INST_ID_ = any(?) "
        + "and ASSIGNEE_ = ?", CONDUCT_INTAKE, IntakeDeadlines.array(toDistribute), LEAD)).isEqualTo(toDistribute.size());
    assertThat(database.count("select count(*) from case_file where process_instance_id = any(?) "
        + "and lead_generalist = ? and partner_generalist = ?", IntakeDeadlines.array(toDistribute), LEAD, PARTNER))
        .as("distributions in the dossier").isEqualTo(toDistribute.size());

    // every timer fired once, those due during the outage after it
    List<String> timerCases = cases.subList(CASES / 2, CASES);
    assertThat(deadlines.breaches(timerCases)).isEqualTo(timerCases.size());
    assertThat(deadlines.duplicateBreaches()).isEmpty();
    assertThat(deadlines.breachSteps(timerCases)).isEqualTo(timerCases.size());
    assertThat(deadlines.duplicateBreachSteps()).isEmpty();
    assertThat(deadlines.escalationTasks(timerCases)).isEqualTo(timerCases.size());
    assertThat(deadlines.jobsSucceededTwice()).isEmpty();
    assertThat(database.count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and ACT_ID_ = ? "
        + "and PROCESS_INSTANCE_ID_ = any(?) and TIMESTAMP_ < ?", INTAKE_DEADLINE,
        IntakeDeadlines.array(timersDueInOutage), restartBegins)).as("timers due in the outage that ran before its end")
        .isZero();
    assertThat(deadlines.incidents()).as("incidents").isZero();
    assertThat(deadlines.jobsWithoutRetries()).isZero();

    // the outage was real for the client: clean errors within a bounded time, then retried
    assertThat(client.failures).as("failed attempts while the database was down").isNotEmpty();
    assertThat(client.failures.stream().filter(failure -> failure.status() < 0)).as("timeouts, refused connections")
        .isEmpty();
    Duration slowestFailure = client.failures.stream().map(NodeClient.Response::took).max(Duration::compareTo)
        .orElseThrow();
    assertThat(slowestFailure).isLessThan(CONNECTION_TIMEOUT.plusSeconds(5));

    // jobs that were running or locked when the database went away ran once, after the restart
    List<String> inFlightJobIds = database.strings("""
        select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and ACT_ID_ = ? and JOB_ID_ = any(?) and TIMESTAMP_ >= ?""",
        INTAKE_DEADLINE, IntakeDeadlines.array(new ArrayList<>(acquiredBeforeStop)), restartBegins);
    Map<Integer, Long> failureStatuses = new TreeMap<>();
    client.failures.forEach(failure -> failureStatuses.merge(failure.status(), 1L, Long::sum));
    System.out.printf("outage %d s: %d of %d distributions before the stop, %d during, %d after; %d failed attempts "
        + "(status: count %s), slowest %.1f s; timers: %d of %d fired before the stop, %d jobs locked before the stop ran "
        + "after the restart, %d failed attempts in the job log; all %d timers and all distributions done %.1f s after the restart%n",
        OUTAGE.toSeconds(), completedBeforeStop, distributeTasks.size(), completedDuringOutage,
        distributeTasks.size() - completedBeforeStop - completedDuringOutage, client.failures.size(), failureStatuses,
        slowestFailure.toMillis() / 1000.0, firedBeforeStop, inFlightTimers.size(), inFlightJobIds.size(),
        deadlines.failedAttempts(timerCases), timerCases.size(), recovery.toMillis() / 1000.0);
  }

  /**
   * Completes "Aanmelding verdelen" through {@code /engine-rest} as the Tasklist does, about two per second per
   * thread, until every task is done. A failed attempt goes back into the queue. A task that is gone after a
   * failed attempt was completed by that attempt (the answer was lost, not the completion); a task that is
   * gone without a failed attempt would be a bug.
   */
  private static final class TeamManagerClient {

    private final NodeClient http;
    private final ConcurrentLinkedQueue<String> open;
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    final Set<String> completed = ConcurrentHashMap.newKeySet();
    final List<NodeClient.Response> failures = new CopyOnWriteArrayList<>();

    TeamManagerClient(NodeClient http, Set<String> taskIds) {
      this.http = http;
      this.open = new ConcurrentLinkedQueue<>(taskIds);
    }

    void work() {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
      String taskId;
      while ((taskId = open.poll()) != null && Instant.now().isBefore(deadline)) {
        NodeClient.Response response = http.postJson("/engine-rest/task/" + taskId + "/submit-form", Map.of(
            "variables", Map.of(
                CaseProcess.Variables.LEAD, Map.of("value", LEAD),
                CaseProcess.Variables.PARTNER, Map.of("value", PARTNER))), Map.of());
        if (response.status() == 204) {
          completed.add(taskId);
        } else if (failedOnce.contains(taskId) && response.body().contains("Cannot find task")) {
          completed.add(taskId);
        } else {
          failures.add(response);
          failedOnce.add(taskId);
          open.add(taskId);
        }
        AppNode.pause(Duration.ofMillis(500));
      }
    }
  }
}
