package nl.plusteam.support;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dossier rows of a case, a caseload round, a generalist's absences or a quarter's report, per table, in the
 * order they were written. Generated ids, foreign keys, source keys and engine ids are left out: two walks of the
 * same path then give the same rows. Values are compared as text.
 */
public final class DomainRows {

  /** Differ between two walks by construction (ids, engine ids, references), not by what was recorded. */
  static final Set<String> IDENTITIES = Set.of("id", "case_file_id", "plan_id", "talk_id", "measurement_id",
      "evaluation_id", "goal_id", "report_id", "handoff_id", "household_id", "safety_signal_id", "zrm_measurement_id",
      "source_key", "process_instance_id", "round_key", "reference");
  /**
   * A snapshot of the whole team's caseload when a preparation closed: it counts the cases of earlier walks too, so it
   * differs between two walks whatever the delegates do.
   */
  static final Set<String> TEAM_SNAPSHOT = Set.of("weighted_caseload", "caseload_norm", "case_count");

  private final JdbcTemplate jdbc;

  public DomainRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Everything the dossier holds about one case. */
  public Map<String, List<Map<String, String>>> ofCase(long caseFileId) {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    tables.put("case_file", rows("select * from case_file where id = ?", caseFileId));
    tables.put("deadline_breach", rows("select * from deadline_breach where case_file_id = ? order by id", caseFileId));
    tables.put("zrm_measurement", rows("select * from zrm_measurement where case_file_id = ? order by id", caseFileId));
    tables.put("zrm_score", rows("select s.* from zrm_score s join zrm_measurement m on m.id = s.measurement_id "
        + "where m.case_file_id = ? order by m.id, s.domain", caseFileId));
    tables.put("family_plan", rows("select * from family_plan where case_file_id = ? order by id", caseFileId));
    tables.put("plan_goal", rows("select g.* from plan_goal g join family_plan p on p.id = g.plan_id "
        + "where p.case_file_id = ? order by p.id, g.position", caseFileId));
    tables.put("plan_action", rows("select a.* from plan_action a join family_plan p on p.id = a.plan_id "
        + "where p.case_file_id = ? order by p.id, a.position", caseFileId));
    tables.put("family_consent", rows("select c.* from family_consent c join family_plan p on p.id = c.plan_id "
        + "where p.case_file_id = ? order by c.id", caseFileId));
    tables.put("referral", rows("select * from referral where case_file_id = ? order by id", caseFileId));
    tables.put("evaluation", rows("select * from evaluation where case_file_id = ? order by id", caseFileId));
    tables.put("goal_evaluation", rows("select g.* from goal_evaluation g join evaluation e on e.id = g.evaluation_id "
        + "where e.case_file_id = ? order by e.id, g.goal_id", caseFileId));
    tables.put("safety_signal", rows("select * from safety_signal where case_file_id = ? order by id", caseFileId));
    tables.put("scale_event", rows("select * from scale_event where case_file_id = ? order by id", caseFileId));
    tables.put("monitoring_check_in", rows("select * from monitoring_check_in where case_file_id = ? order by id",
        caseFileId));
    tables.put("case_third_party", rows("select * from case_third_party where case_file_id = ? order by id", caseFileId));
    tables.put("caseload_action", rows("select * from caseload_action where case_file_id = ? order by id", caseFileId));
    return tables;
  }

  /** The talks of one caseload round (its process instance) and what was agreed in them. */
  public Map<String, List<Map<String, String>>> ofRound(String roundKey) {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    tables.put("caseload_talk", rows("select * from caseload_talk where round_key = ? order by generalist", roundKey));
    tables.put("caseload_action", rows("select a.* from caseload_action a join caseload_talk t on t.id = a.talk_id "
        + "where t.round_key = ? order by t.generalist, a.position", roundKey));
    return tables;
  }

  /** A generalist's absences and returns. */
  public Map<String, List<Map<String, String>>> ofGeneralist(String userId) {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    tables.put("generalist_absence", rows("select * from generalist_absence where user_id = ? order by id", userId));
    tables.put("generalist_return", rows("select * from generalist_return where user_id = ? order by id", userId));
    return tables;
  }

  /** Removes a generalist's absences and returns, so another walk can record the same period again. */
  public void forgetGeneralist(String userId) {
    jdbc.update("delete from generalist_return where user_id = ?", userId);
    jdbc.update("delete from generalist_absence where user_id = ?", userId);
  }

  /** A quarter's report and its interpretations. */
  public Map<String, List<Map<String, String>>> ofQuarter(String quarterKey) {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    tables.put("quarterly_report", rows("select * from quarterly_report where quarter_key = ?", quarterKey));
    tables.put("report_interpretation", rows("select i.* from report_interpretation i join quarterly_report r "
        + "on r.id = i.report_id where r.quarter_key = ? order by i.kpi", quarterKey));
    return tables;
  }

  /** Removes a quarter's report, so another walk can report on the same quarter. */
  public void forgetQuarter(String quarterKey) {
    jdbc.update("delete from report_interpretation where report_id in (select id from quarterly_report "
        + "where quarter_key = ?)", quarterKey);
    jdbc.update("delete from quarterly_report where quarter_key = ?", quarterKey);
  }

  private List<Map<String, String>> rows(String sql, Object key) {
    return jdbc.queryForList(sql, key).stream().map(DomainRows::normalised).toList();
  }

  private static Map<String, String> normalised(Map<String, Object> row) {
    Map<String, String> values = new TreeMap<>();
    row.forEach((column, value) -> {
      String name = column.toLowerCase(Locale.ROOT);
      if (!IDENTITIES.contains(name) && !TEAM_SNAPSHOT.contains(name)) {
        values.put(name, text(value));
      }
    });
    return values;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof OffsetDateTime moment) {
      return moment.toInstant().toString();
    }
    return value.toString();
  }
}
