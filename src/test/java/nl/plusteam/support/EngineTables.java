package nl.plusteam.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Reads every engine table (runtime, history, byte arrays, operation log) looking for text that must not be
 * there. The one exception is what an open task's form must show: the runtime variable {@code dossier} of a
 * process instance with an open task (and its byte array). Tests of the same application context leave
 * such tasks open; everything else, history above all, must be clean.
 */
public final class EngineTables {

  private EngineTables() {}

  /** Where in the engine's tables any of the forbidden texts occurs ("TABLE.COLUMN contains '…'"). */
  public static List<String> scan(DataSource dataSource, List<String> forbidden) throws SQLException {
    List<String> found = new ArrayList<>();
    int tablesScanned = 0;
    try (Connection connection = dataSource.getConnection()) {
      java.util.Set<String> openFormData = new java.util.HashSet<>();
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("select v.ID_, v.BYTEARRAY_ID_ from ACT_RU_VARIABLE v where v.NAME_ = 'dossier'"
              + " and exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = v.PROC_INST_ID_)")) {
        while (rs.next()) {
          openFormData.add(rs.getString(1));
          if (rs.getString(2) != null) {
            openFormData.add(rs.getString(2));
          }
        }
      }
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, null, "ACT_%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        if (table.startsWith("ACT_ID_")) {
          continue; // staff accounts, not case data
        }
        tablesScanned++;
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("select * from " + table)) {
          ResultSetMetaData meta = rows.getMetaData();
          boolean mayHoldFormData = table.equalsIgnoreCase("ACT_RU_VARIABLE") || table.equalsIgnoreCase("ACT_GE_BYTEARRAY");
          while (rows.next()) {
            if (mayHoldFormData && openFormData.contains(rows.getString("ID_"))) {
              continue;
            }
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              Object value = rows.getObject(c);
              String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
              for (String needle : forbidden) {
                if (text.contains(needle)) {
                  found.add(table + "." + meta.getColumnName(c) + " contains '" + needle + "'");
                }
              }
            }
          }
        }
      }
    }
    assertThat(tablesScanned).as("engine tables scanned").isGreaterThan(20);
    return found;
  }
}
