package nl.plusteam.support;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of everything a handoff writes: domain store and engine. Used to show that nothing changed. */
public record StoreCounts(long households, long members, long handoffs, long cases, long processInstances) {

  public static StoreCounts of(JdbcTemplate jdbc, HistoryService history) {
    return new StoreCounts(
        count(jdbc, "household"), count(jdbc, "household_member"), count(jdbc, "handoff"), count(jdbc, "case_file"),
        history.createHistoricProcessInstanceQuery().count());
  }

  private static long count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
