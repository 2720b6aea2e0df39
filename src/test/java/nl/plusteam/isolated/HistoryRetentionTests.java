package nl.plusteam.isolated;

import static nl.plusteam.support.CaseWalk.at;
import static nl.plusteam.support.CaseWalk.days;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.PlusTeamTest;

/**
 * Retention of the engine's history: a closed case's history (instances, tasks, variables, decisions, job and
 * operation logs) is removed by the nightly history cleanup once the model's time-to-live has passed, while a
 * case that is still open keeps all of it. The dossier in the domain store is not touched (its retention follows
 * the law, not the engine). In package {@code isolated}: it runs in a JVM (and so a database) of its own,
 * because the cleanup removes the history of every closed case in the database, also other tests' cases.
 */
@PlusTeamTest
class HistoryRetentionTests {

  /** Engine history tables that hold a process instance's data, by the column naming its root instance. */
  private static final List<String> HISTORY_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_HI_OP_LOG");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  FamilyPlanService plans;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  DataSource dataSource;

  private CaseWalk walk;

  @BeforeEach
  void setUp() {
    walk = CaseWalk.begin(port, processEngine, plans, caseFiles);
  }

  @AfterEach
  void tearDown() {
    CaseWalk.end();
  }

  @Test
  void closedCasesHistoryIsRemovedInTheNightlyWindowAfterItsTimeToLive_openCasesKeepTheirs() throws Exception {
    ProcessInstance closed = walk.toEvaluation();
    walk.evaluate(closed, "afsluiten");
    walk.close(closed);
    ProcessInstance open = walk.toPlanPhase();

    int ttlDays = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CaseProcess.KEY)
        .latestVersion().singleResult().getHistoryTimeToLive();
    HistoricProcessInstance closedHistory = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(closed.getId()).singleResult();
    assertThat(closedHistory.getRemovalTime()).as("removal time = end + time-to-live")
        .isEqualTo(days(closedHistory.getEndTime(), ttlDays));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(open.getId()).singleResult()
        .getRemovalTime()).as("an open case has no removal time").isNull();
    Map<String, Integer> closedRows = rows(closed.getId());
    Map<String, Integer> openRows = rows(open.getId());
    assertThat(closedRows.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);

    // The cleanup job waits for the nightly window (22:00-06:00 server time).
    Job cleanup = historyService.findHistoryCleanupJobs().stream().findFirst()
        .orElseGet(() -> historyService.cleanUpHistoryAsync());
    assertThat(cleanup).as("history cleanup is scheduled at engine start").isNotNull();

    // A day before the time-to-live ends, in the window: nothing is removed yet.
    at(inWindow(days(closedHistory.getEndTime(), ttlDays - 1)));
    runCleanup();
    assertThat(rows(closed.getId())).isEqualTo(closedRows);

    // A day after: the closed case's history is gone, the open case keeps every row, the dossier stays.
    at(inWindow(days(closedHistory.getEndTime(), ttlDays + 1)));
    runCleanup();
    assertThat(rows(closed.getId())).as("history of the closed case after its time-to-live")
        .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
    assertThat(rows(open.getId())).as("history of the open case").isEqualTo(openRows);
    assertThat(walk.caseFileOf(closed).getStatus().name()).isEqualTo("CLOSED");
  }

  /** 23:30 server time on that day, inside the cleanup window (the window is in the server's time zone). */
  private static Date inWindow(Date day) {
    ZonedDateTime time = ZonedDateTime.ofInstant(day.toInstant(), ZoneId.systemDefault()).with(LocalTime.of(23, 30));
    return Date.from(time.toInstant());
  }

  /**
   * Runs the cleanup job as the job executor would in the window: each run removes one batch and schedules the
   * next, so it runs a few times.
   */
  private void runCleanup() {
    for (int run = 0; run < 5; run++) {
      List<Job> jobs = historyService.findHistoryCleanupJobs();
      assertThat(jobs).isNotEmpty();
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
      }
    }
  }

  /** Rows per history table that belong to the case (its own instance and every instance it called). */
  private Map<String, Integer> rows(String processInstanceId) throws Exception {
    Map<String, Integer> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : HISTORY_TABLES) {
        try (PreparedStatement statement = connection.prepareStatement(
            "select count(*) from " + table + " where ROOT_PROC_INST_ID_ = ?")) {
          statement.setString(1, processInstanceId);
          try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            rows.put(table, rs.getInt(1));
          }
        }
      }
    }
    return rows;
  }
}
