package nl.plusteam.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL for application nodes that run as separate JVMs. It keeps its data directory and port
 * across {@link #stop()} and {@link #start()}, so a test can take the database away under a running node and
 * give it back. The test reads the outcome with plain SQL.
 */
public final class ClusterDatabase implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private final Map<String, String> serverConfig;
  private final boolean deleteOnClose;
  private EmbeddedPostgres postgres;

  private ClusterDatabase(Path dataDirectory, int port, Map<String, String> serverConfig, boolean deleteOnClose) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.serverConfig = serverConfig;
    this.deleteOnClose = deleteOnClose;
  }

  public static ClusterDatabase start(String name) throws IOException {
    return start(name, Map.of());
  }

  /** A database with extra server settings (postgresql.conf names), for example {@code shared_buffers}. */
  public static ClusterDatabase start(String name, Map<String, String> serverConfig) throws IOException {
    Path dataDirectory = Path.of("target", "cluster", name + "-pgdata").toAbsolutePath();
    deleteRecursively(dataDirectory);
    return open(dataDirectory, serverConfig, true);
  }

  /**
   * A database in the given data directory that outlives the test: a later run finds its data again (a benchmark
   * loads once and measures many times). {@link #close()} only stops it.
   */
  public static ClusterDatabase kept(Path dataDirectory, Map<String, String> serverConfig) throws IOException {
    return open(dataDirectory.toAbsolutePath(), serverConfig, false);
  }

  private static ClusterDatabase open(Path dataDirectory, Map<String, String> serverConfig, boolean deleteOnClose)
      throws IOException {
    Files.createDirectories(dataDirectory.getParent());
    ClusterDatabase database = new ClusterDatabase(dataDirectory, AppNode.freePort(), serverConfig, deleteOnClose);
    database.start();
    return database;
  }

  /** Starts the server on the same port and data directory (initialises it only the first time). */
  void start() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        // two nodes with a pool each, plus the test's own connections
        .setServerConfig("max_connections", "200");
    serverConfig.forEach(builder::setServerConfig);
    postgres = builder.start();
  }

  /** Stops the server (pg_ctl stop -m fast: open sessions are ended); the data stays. */
  void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  private DataSource dataSource() {
    if (postgres == null) {
      throw new IllegalStateException("PostgreSQL is stopped");
    }
    return postgres.getPostgresDatabase();
  }

  public long count(String sql, Object... parameters) {
    return ((Number) single(sql, parameters)).longValue();
  }

  public Object single(String sql, Object... parameters) {
    List<List<Object>> rows = rows(sql, parameters);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
    }
    return rows.get(0).get(0);
  }

  public List<List<Object>> rows(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<List<Object>> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public List<String> strings(String sql, Object... parameters) {
    return rows(sql, parameters).stream().map(row -> (String) row.get(0)).toList();
  }

  public int update(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object parameter = parameters[i];
      if (parameter instanceof java.time.Instant instant) {
        // ACT_* timestamps are "timestamp without time zone" in the JVM's zone; the nodes run in this zone too
        statement.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (parameter instanceof String[] array) {
        statement.setArray(i + 1, connection.createArrayOf("varchar", array));
      } else {
        statement.setObject(i + 1, parameter);
      }
    }
    return statement;
  }

  @Override
  public void close() throws IOException {
    stop();
    if (deleteOnClose) {
      deleteRecursively(dataDirectory);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
