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

/** Reads every engine table (runtime, history, byte arrays, operation log) looking for text that must not be there. */
public final class EngineTables {

  private EngineTables() {}

  /** Where in the engine's tables any of the forbidden texts occurs ("TABLE.COLUMN contains '…'"). */
  public static List<String> scan(DataSource dataSource, List<String> forbidden) throws SQLException {
    List<String> found = new ArrayList<>();
    int tablesScanned = 0;
    try (Connection connection = dataSource.getConnection()) {
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
          while (rows.next()) {
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
