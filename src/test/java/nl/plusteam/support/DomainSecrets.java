package nl.plusteam.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

/**
 * What the domain store holds that must never be in the engine: household members' names and BSNs, the CMD
 * contact, who agreed to a plan, the colleague consulted, and every free-text note (each text column of 2,000
 * characters or more, in every domain table, so a note column added later is covered without editing this).
 */
public final class DomainSecrets {

  /** Free text shorter than this (a "nee", a "-") is not searched for. */
  static final int MIN_NOTE = 8;
  /** Columns this wide or wider hold free text. */
  static final int NOTE_WIDTH = 2000;

  /** Personal data columns: "table.column". */
  static final List<String> PERSONAL = List.of("household_member.name", "household_member.bsn",
      "handoff.cmd_contact_name", "handoff.cmd_contact_phone", "handoff.cmd_contact_email",
      "family_consent.agreed_by", "safety_signal.consulted_colleague");

  private DomainSecrets() {}

  public record Secrets(Set<String> personal, Set<String> notes, List<String> noteColumns) {

    public Set<String> all() {
      Set<String> all = new LinkedHashSet<>(personal);
      all.addAll(notes);
      return all;
    }
  }

  public static Secrets collect(DataSource dataSource) throws SQLException {
    Set<String> personal = new LinkedHashSet<>();
    Set<String> notes = new LinkedHashSet<>();
    List<String> noteColumns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String column : PERSONAL) {
        String[] parts = column.split("\\.");
        values(connection, parts[0], parts[1], personal, 1);
      }
      for (String column : noteColumns(connection.getMetaData())) {
        noteColumns.add(column);
        String[] parts = column.split("\\.");
        values(connection, parts[0], parts[1], notes, MIN_NOTE);
      }
    }
    return new Secrets(personal, notes, noteColumns);
  }

  private static void values(Connection connection, String table, String column, Set<String> into, int minLength)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select distinct " + column + " from " + table + " where " + column
            + " is not null")) {
      while (rs.next()) {
        String value = rs.getString(1).strip();
        if (value.length() >= minLength) {
          into.add(value);
        }
      }
    }
  }

  private static List<String> noteColumns(DatabaseMetaData metaData) throws SQLException {
    Set<String> columns = new LinkedHashSet<>();
    for (String schema : List.of("PUBLIC", "public")) {
      try (ResultSet rs = metaData.getColumns(null, schema, "%", "%")) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          boolean domain = !table.startsWith("act_") && !table.startsWith("flyway");
          boolean text = rs.getInt("DATA_TYPE") == java.sql.Types.VARCHAR
              || rs.getInt("DATA_TYPE") == java.sql.Types.CLOB || rs.getInt("DATA_TYPE") == java.sql.Types.LONGVARCHAR;
          if (domain && text && rs.getInt("COLUMN_SIZE") >= NOTE_WIDTH) {
            columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return new ArrayList<>(columns);
  }
}
