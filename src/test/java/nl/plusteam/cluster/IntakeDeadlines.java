package nl.plusteam.cluster;

import static nl.plusteam.casefile.process.CaseProcess.Elements.HANDLE_INTAKE_ESCALATION;
import static nl.plusteam.casefile.process.CaseProcess.Elements.INTAKE_DEADLINE;
import static nl.plusteam.casefile.process.CaseProcess.Elements.RECORD_INTAKE_BREACH;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.plusteam.casefile.DeadlineKind;
import nl.plusteam.support.HandoffJson;

/**
 * The workload of the reliability tests: cases handed off through the real API, and their intake deadline
 * ("Intaketermijn verstreken") made due at once with one SQL update, as if thousands of handoffs of one day
 * all passed their deadline together. The timer's business effect is one {@code deadline_breach} row and one
 * task "Intaketermijn verlopen: besluit nemen" per case; the counts below read that effect and the engine's own
 * records of it.
 */
final class IntakeDeadlines {

  static final String CMD_USER = "cmd.geldropmierlo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClusterDatabase database;

  IntakeDeadlines(ClusterDatabase database) {
    this.database = database;
  }

  /**
   * Hands off {@code count} households through {@code POST /api/handoffs}, spread over the nodes and
   * {@code threads} client threads; returns the process instance ids of the new cases.
   */
  List<String> handOff(List<AppNode> nodes, int count, int threads, String keyPrefix) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> references = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        NodeClient client = nodes.get(i % nodes.size()).client(CMD_USER);
        String key = keyPrefix + "-" + i;
        references.add(pool.submit(() -> {
          NodeClient.Response response = client.postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"),
              Map.of("Idempotency-Key", key));
          if (response.status() != 201) {
            throw new IllegalStateException("handoff " + key + ": " + response.status() + " " + response.body());
          }
          JsonNode body = JSON.readTree(response.body());
          return body.get("caseReference").asText();
        }));
      }
      List<String> caseReferences = new ArrayList<>();
      for (Future<String> reference : references) {
        caseReferences.add(reference.get(5, TimeUnit.MINUTES));
      }
      List<String> processInstances = database.strings(
          "select process_instance_id from case_file where reference = any(?)", (Object) array(caseReferences));
      if (processInstances.size() != count) {
        throw new IllegalStateException("expected " + count + " cases, found " + processInstances.size());
      }
      return processInstances;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The storm: every intake-deadline timer of these cases due now, in one statement. Returns the jobs moved. */
  int makeDueNow(List<String> processInstances) {
    return database.update("""
        update ACT_RU_JOB set DUEDATE_ = ?
        where JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?) and PROCESS_INSTANCE_ID_ = any(?)""",
        Instant.now().minusSeconds(1), INTAKE_DEADLINE, array(processInstances));
  }

  /** Intake breaches recorded in the dossier for these cases. */
  long breaches(List<String> processInstances) {
    return database.count("""
        select count(*) from deadline_breach b join case_file c on c.id = b.case_file_id
        where b.kind = ? and c.process_instance_id = any(?)""", DeadlineKind.INTAKE.name(), array(processInstances));
  }

  /** Cases with more than one intake breach, anywhere in the database. */
  List<List<Object>> duplicateBreaches() {
    return database.rows("select case_file_id, count(*) from deadline_breach where kind = ? "
        + "group by case_file_id having count(*) > 1", DeadlineKind.INTAKE.name());
  }

  /** Times the engine ran "Termijnoverschrijding vastleggen" for these cases (history). */
  long breachSteps(List<String> processInstances) {
    return database.count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = ? and PROC_INST_ID_ = any(?)",
        RECORD_INTAKE_BREACH, array(processInstances));
  }

  /** Process instances in which "Termijnoverschrijding vastleggen" ran more than once. */
  List<List<Object>> duplicateBreachSteps() {
    return database.rows("select PROC_INST_ID_, count(*) from ACT_HI_ACTINST where ACT_ID_ = ? "
        + "group by PROC_INST_ID_ having count(*) > 1", RECORD_INTAKE_BREACH);
  }

  /** Open follow-up tasks "Intaketermijn verlopen: besluit nemen" of these cases. */
  long escalationTasks(List<String> processInstances) {
    return database.count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ? and PROC_INST_ID_ = any(?)",
        HANDLE_INTAKE_ESCALATION, array(processInstances));
  }

  List<List<Object>> duplicateEscalationTasks() {
    return database.rows("select PROC_INST_ID_, count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = ? "
        + "group by PROC_INST_ID_ having count(*) > 1", HANDLE_INTAKE_ESCALATION);
  }

  /** Intake-deadline timer jobs of these cases that still exist (not yet fired). */
  long pendingTimers(List<String> processInstances) {
    return database.count("""
        select count(*) from ACT_RU_JOB
        where JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?) and PROCESS_INSTANCE_ID_ = any(?)""",
        INTAKE_DEADLINE, array(processInstances));
  }

  /** Intake-deadline jobs that the engine's job log records as successful more than once. */
  List<List<Object>> jobsSucceededTwice() {
    return database.rows("select JOB_ID_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
        + "and ACT_ID_ = ? group by JOB_ID_ having count(*) > 1", INTAKE_DEADLINE);
  }

  /** Per node (engine hostname): successful intake-deadline jobs of these cases, first and last success. */
  List<List<Object>> successesPerNode(List<String> processInstances) {
    return database.rows("""
        select HOSTNAME_, count(*), min(TIMESTAMP_), max(TIMESTAMP_) from ACT_HI_JOB_LOG
        where JOB_STATE_ = 2 and ACT_ID_ = ? and PROCESS_INSTANCE_ID_ = any(?)
        group by HOSTNAME_ order by HOSTNAME_""", INTAKE_DEADLINE, array(processInstances));
  }

  /** Failed attempts of intake-deadline jobs of these cases that the job log recorded (retried later). */
  long failedAttempts(List<String> processInstances) {
    return database.count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1 and ACT_ID_ = ? "
        + "and PROCESS_INSTANCE_ID_ = any(?)", INTAKE_DEADLINE, array(processInstances));
  }

  long incidents() {
    return database.count("select count(*) from ACT_RU_INCIDENT");
  }

  long jobsWithoutRetries() {
    return database.count("select count(*) from ACT_RU_JOB where RETRIES_ = 0");
  }

  /** Polls until the supplier reaches {@code target}; returns the time it took. */
  static Duration await(String what, LongSupplier value, long target, Duration timeout) {
    long start = System.nanoTime();
    Instant deadline = Instant.now().plus(timeout);
    long last = -1;
    while (Instant.now().isBefore(deadline)) {
      last = value.getAsLong();
      if (last >= target) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      AppNode.pause(Duration.ofMillis(200));
    }
    throw new AssertionError(what + ": " + last + " of " + target + " after " + timeout);
  }

  /** Waits until the condition holds, checking it every {@code interval}. */
  static void awaitTrue(String what, java.util.function.BooleanSupplier condition, Duration interval,
      Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return;
      }
      AppNode.pause(interval);
    }
    throw new AssertionError(what + ": not within " + timeout);
  }

  static String[] array(List<String> values) {
    return values.toArray(String[]::new);
  }
}
