package nl.plusteam.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Reads every engine table (runtime, history, byte arrays, operation log) looking for text that must not be
 * there. Two exceptions: the models themselves (deployment resources), and what an open task's form must show —
 * the runtime variable {@code dossier} of a process instance with an open task (and its byte array). Tests of
 * the same application context leave such tasks open; everything else, history above all, must be clean.
 *
 * <p>Fast enough for thousands of forbidden texts over the whole suite's engine data: texts are indexed by
 * their first {@value #KEY} characters, and every cell is read once.
 */
public final class EngineTables {

  /** Forbidden texts shorter than this are not searched for (they would match everywhere). */
  public static final int KEY = 5;

  private EngineTables() {}

  /** Where in the engine's tables any of the forbidden texts occurs ("TABLE.COLUMN contains '…'"). */
  public static List<String> scan(DataSource dataSource, Collection<String> forbidden) throws SQLException {
    Matcher matcher = new Matcher(forbidden);
    Set<String> found = new LinkedHashSet<>();
    int tablesScanned = 0;
    try (Connection connection = dataSource.getConnection()) {
      Set<String> exempt = new HashSet<>();
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("select v.ID_, v.BYTEARRAY_ID_ from ACT_RU_VARIABLE v where v.NAME_ = 'dossier'"
              + " and exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = v.PROC_INST_ID_)")) {
        while (rs.next()) {
          exempt.add(rs.getString(1));
          if (rs.getString(2) != null) {
            exempt.add(rs.getString(2));
          }
        }
      }
      for (String table : engineTables(connection.getMetaData())) {
        String upper = table.toUpperCase(Locale.ROOT);
        if (upper.startsWith("ACT_ID_")) {
          continue; // staff accounts, not case data
        }
        tablesScanned++;
        String where = upper.equals("ACT_GE_BYTEARRAY") ? " where DEPLOYMENT_ID_ is null" : ""; // the models
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("select * from " + table + where)) {
          ResultSetMetaData meta = rows.getMetaData();
          boolean mayHoldFormData = upper.equals("ACT_RU_VARIABLE") || upper.equals("ACT_GE_BYTEARRAY");
          while (rows.next()) {
            if (mayHoldFormData && exempt.contains(rows.getString("ID_"))) {
              continue;
            }
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              Object value = rows.getObject(c);
              if (value == null) {
                continue;
              }
              String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
              for (String needle : matcher.occurrences(text)) {
                found.add(upper + "." + meta.getColumnName(c).toUpperCase(Locale.ROOT) + " contains '" + needle + "'");
              }
            }
          }
        }
      }
    }
    assertThat(tablesScanned).as("engine tables scanned").isGreaterThan(20);
    return new ArrayList<>(found);
  }

  private static List<String> engineTables(DatabaseMetaData metaData) throws SQLException {
    Set<String> tables = new LinkedHashSet<>();
    for (String pattern : List.of("ACT_%", "act_%")) { // H2 keeps upper case, PostgreSQL lower case
      try (ResultSet rs = metaData.getTables(null, null, pattern, new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    return new ArrayList<>(tables);
  }

  /** Finds which of many texts occur in a string, reading the string once. */
  static final class Matcher {

    private final Map<String, List<String>> byPrefix = new HashMap<>();

    Matcher(Collection<String> needles) {
      for (String needle : new LinkedHashSet<>(needles)) {
        if (needle != null && needle.length() >= KEY) {
          byPrefix.computeIfAbsent(needle.substring(0, KEY), k -> new ArrayList<>()).add(needle);
        }
      }
    }

    Set<String> occurrences(String text) {
      Set<String> hits = new LinkedHashSet<>();
      for (int i = 0; i + KEY <= text.length(); i++) {
        List<String> candidates = byPrefix.get(text.substring(i, i + KEY));
        if (candidates != null) {
          for (String candidate : candidates) {
            if (text.startsWith(candidate, i)) {
              hits.add(candidate);
            }
          }
        }
      }
      return hits;
    }
  }
}
