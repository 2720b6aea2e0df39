package nl.plusteam.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes (separate JVMs) on one PostgreSQL, as a production cluster behind a load balancer.
 * Thousands of intake deadlines come due at the same moment; every one fires exactly once in business terms
 * (one breach in the dossier, one escalation task), without incidents. Then one node is killed with
 * {@code kill -9} in the middle of such a storm: the other node finishes the work, taking over the jobs the dead
 * node had locked once their lock expires. The size is {@code -Dplusteam.cluster.timers} timers per storm.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTests {

  private static final int TIMERS = Integer.getInteger("plusteam.cluster.timers", 250);
  /** Short, so a dead node's jobs are taken over within the test (the engine's default is 5 minutes). */
  private static final Duration LOCK_TIME = Duration.ofSeconds(15);
  private static final Duration STORM_TIMEOUT = Duration.ofMinutes(10);

  private ClusterDatabase database;
  private AppNode nodeA;
  private AppNode nodeB;
  private IntakeDeadlines deadlines;
  private List<String> firstStorm;
  private List<String> secondStorm;

  @BeforeAll
  void startCluster() throws Exception {
    database = ClusterDatabase.start("two-nodes");
    List<String> settings = List.of(
        "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        // An idle job executor looks for due jobs every 0.5 to 1 s (the defaults: 5 s, backing off to 60 s). With
        // 5 s, a fast machine let the first node to wake run a whole storm before the other woke up.
        "camunda.bpm.job-execution.wait-time-in-millis=500",
        "camunda.bpm.job-execution.max-wait=1000",
        "camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle=R10/PT5S");
    // one after the other: the first creates the engine schema, the domain schema and the users
    nodeA = AppNode.launch("node-a", database, settings);
    nodeB = AppNode.launch("node-b", database, settings);
    deadlines = new IntakeDeadlines(database);
    long start = System.nanoTime();
    List<String> cases = deadlines.handOff(List.of(nodeA, nodeB), 2 * TIMERS, 8, "cluster");
    System.out.printf("%d handoffs through both nodes in %.1f s%n", cases.size(), seconds(start));
    firstStorm = cases.subList(0, TIMERS);
    secondStorm = cases.subList(TIMERS, 2 * TIMERS);
  }

  @AfterAll
  void stopCluster() throws Exception {
    try (ClusterDatabase db = database; AppNode a = nodeA; AppNode b = nodeB) {
      // closed in reverse order: the nodes first, then the database
    }
  }

  @Test
  @Order(1)
  void timersDueAtOnceOnTwoNodes_eachFiresExactlyOnce() {
    assertThat(deadlines.breaches(firstStorm)).isZero();

    long start = System.nanoTime();
    assertThat(deadlines.makeDueNow(firstStorm)).isEqualTo(TIMERS);
    IntakeDeadlines.await("intake breaches recorded", () -> deadlines.breaches(firstStorm), TIMERS, STORM_TIMEOUT);
    double seconds = seconds(start);
    IntakeDeadlines.await("timer jobs gone", () -> TIMERS - deadlines.pendingTimers(firstStorm), TIMERS,
        Duration.ofSeconds(30));

    assertFiredExactlyOnce(firstStorm);
    List<List<Object>> perNode = deadlines.successesPerNode(firstStorm);
    report("storm on two nodes", seconds, perNode, deadlines.failedAttempts(firstStorm));
    // both nodes took part, and together they ran every timer once
    assertThat(perNode).extracting(row -> row.get(0)).containsExactly("node-a", "node-b");
    assertThat(perNode.stream().mapToLong(row -> ((Number) row.get(1)).longValue()).sum()).isEqualTo(TIMERS);
  }

  @Test
  @Order(2)
  void nodeKilledMidStorm_otherNodeFinishesAfterLockExpiry() throws Exception {
    assertThat(deadlines.breaches(secondStorm)).isZero();

    long start = System.nanoTime();
    assertThat(deadlines.makeDueNow(secondStorm)).isEqualTo(TIMERS);
    // Killed mid-storm at a moment node A holds locked jobs it has not run yet (a fixed point in the storm may fall
    // between two of its acquisitions, or after its last one on a fast machine).
    IntakeDeadlines.await("a fifth of the storm fired", () -> deadlines.breaches(secondStorm), TIMERS / 5,
        STORM_TIMEOUT);
    IntakeDeadlines.awaitTrue("node-a holding locked jobs of the storm", () -> !lockedBy(nodeA).isEmpty(),
        Duration.ofMillis(20), Duration.ofMinutes(2));
    int exit = nodeA.killHard();
    Instant killedAt = Instant.now();
    double killedAfter = seconds(start);
    assertThat(exit).as("exit code of kill -9 (128 + SIGKILL)").isEqualTo(137);

    // The jobs node A had locked and not finished: still in ACT_RU_JOB with a lock owner. Node A's own log says
    // it acquired them.
    List<List<Object>> orphans = lockedBy(nodeA);
    long firedAtKill = deadlines.breaches(secondStorm);
    // Under heavy load node B may already have re-locked one whose lock expired before the kill: not an orphan.
    List<String> ownersOfB = database.strings("select distinct LOCK_OWNER_ from ACT_RU_JOB where ID_ = any(?) "
        + "and LOCK_OWNER_ is not null", (Object) IntakeDeadlines.array(new ArrayList<>(nodeB.acquiredJobIds())));
    orphans = orphans.stream().filter(orphan -> !ownersOfB.contains((String) orphan.get(1))).toList();

    IntakeDeadlines.await("intake breaches recorded after the kill", () -> deadlines.breaches(secondStorm), TIMERS,
        STORM_TIMEOUT);
    double seconds = seconds(start);
    IntakeDeadlines.await("timer jobs gone", () -> TIMERS - deadlines.pendingTimers(secondStorm), TIMERS,
        Duration.ofSeconds(30));

    assertFiredExactlyOnce(secondStorm);
    assertThat(nodeB.isAlive()).isTrue();
    List<List<Object>> perNode = deadlines.successesPerNode(secondStorm);
    report("storm with node-a killed", seconds, perNode, deadlines.failedAttempts(secondStorm));

    // The takeover: every job node A held at its death ran once, on node B, and not before its lock expired.
    assertThat(orphans).as("jobs locked by node-a when it was killed").isNotEmpty();
    assertThat(new HashSet<>(orphans.stream().map(row -> row.get(1)).toList())).as("one lock owner: node-a's")
        .hasSize(1);
    for (List<Object> orphan : orphans) {
      List<List<Object>> successes = database.rows(
          "select HOSTNAME_, TIMESTAMP_ from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2", orphan.get(0));
      assertThat(successes).as("successful runs of orphaned job %s", orphan.get(0)).hasSize(1);
      assertThat(successes.get(0).get(0)).isEqualTo("node-b");
      LocalDateTime ranAt = ((java.sql.Timestamp) successes.get(0).get(1)).toLocalDateTime();
      LocalDateTime lockExpired = ((java.sql.Timestamp) orphan.get(2)).toLocalDateTime();
      assertThat(ranAt).as("job %s ran after its lock expired", orphan.get(0)).isAfterOrEqualTo(lockExpired);
    }
    System.out.printf("kill -9 of node-a after %.1f s (%d of %d fired); %d jobs locked by node-a at its death, "
        + "all run once by node-b after lock expiry; storm finished %.1f s after the kill%n",
        killedAfter, firedAtKill, TIMERS, orphans.size(), Duration.between(killedAt, Instant.now()).toMillis() / 1000.0);
  }

  /** Jobs in ACT_RU_JOB with a lock whose acquisition the node's log shows: id, lock owner, lock expiry. */
  private List<List<Object>> lockedBy(AppNode node) {
    return database.rows("""
        select ID_, LOCK_OWNER_, LOCK_EXP_TIME_ from ACT_RU_JOB
        where ID_ = any(?) and LOCK_OWNER_ is not null""",
        (Object) IntakeDeadlines.array(new ArrayList<>(node.acquiredJobIds())));
  }

  private void assertFiredExactlyOnce(List<String> storm) {
    assertThat(deadlines.breaches(storm)).as("breaches in the dossier").isEqualTo(storm.size());
    assertThat(deadlines.duplicateBreaches()).as("cases with two breaches").isEmpty();
    assertThat(deadlines.breachSteps(storm)).as("'Termijnoverschrijding vastleggen' in history").isEqualTo(storm.size());
    assertThat(deadlines.duplicateBreachSteps()).as("cases where the breach step ran twice").isEmpty();
    assertThat(deadlines.escalationTasks(storm)).as("escalation tasks").isEqualTo(storm.size());
    assertThat(deadlines.duplicateEscalationTasks()).as("cases with two escalation tasks").isEmpty();
    assertThat(deadlines.jobsSucceededTwice()).as("jobs the job log shows as successful twice").isEmpty();
    assertThat(deadlines.incidents()).as("incidents").isZero();
    assertThat(deadlines.jobsWithoutRetries()).as("jobs without retries left").isZero();
  }

  private static void report(String storm, double seconds, List<List<Object>> perNode, long failedAttempts) {
    StringBuilder line = new StringBuilder("%s: %d timers in %.1f s (%.0f jobs/s)".formatted(storm, TIMERS, seconds,
        TIMERS / seconds));
    for (List<Object> node : perNode) {
      long jobs = ((Number) node.get(1)).longValue();
      double active = Duration.between(((java.sql.Timestamp) node.get(2)).toInstant(),
          ((java.sql.Timestamp) node.get(3)).toInstant()).toMillis() / 1000.0;
      line.append("; %s %d jobs in %.1f s (%.0f/s)".formatted(node.get(0), jobs, active, jobs / Math.max(active, 0.001)));
    }
    line.append("; %d failed attempts retried".formatted(failedAttempts));
    System.out.println(line);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
