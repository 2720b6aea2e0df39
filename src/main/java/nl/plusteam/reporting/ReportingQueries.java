package nl.plusteam.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-only SQL over the dossier tables for the KPIs: counting over a period is what SQL is for, and the
 * same statements run on H2 and PostgreSQL. Parameters every query may use: {@code :fromDate}/{@code :toDate}
 * (days, both included), {@code :start}/{@code :end} (the same days as instants, end exclusive) and {@code :m}
 * (the municipality, only when {@link #municipality} added the condition).
 */
@Component
class ReportingQueries {

  private final NamedParameterJdbcTemplate jdbc;

  ReportingQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  MapSqlParameterSource params(ReportPeriod period) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("fromDate", Date.valueOf(period.from()))
        .addValue("toDate", Date.valueOf(period.to()))
        .addValue("start", Timestamp.from(startOf(period.from())))
        .addValue("end", Timestamp.from(startOf(period.to().plusDays(1))));
    if (period.municipality() != null) {
      params.addValue("m", period.municipality().name());
    }
    return params;
  }

  /** " and c.municipality = :m" when the period is about one municipality. */
  static String municipality(String alias, ReportPeriod period) {
    return period.municipality() == null ? "" : " and " + alias + ".municipality = :m";
  }

  <T> List<T> query(String sql, MapSqlParameterSource params, RowMapper<T> mapper) {
    return jdbc.query(sql, params, mapper);
  }

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ReportPeriod.ZONE).toInstant();
  }

  static LocalDate dayOf(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ReportPeriod.ZONE);
  }

  static LocalDate dayOf(java.util.Date date) {
    return date == null ? null : dayOf(date.toInstant());
  }

  static LocalDate localDate(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  static String municipalityLabel(String name) {
    return name == null ? null : nl.plusteam.handoff.Municipality.valueOf(name).label();
  }
}
