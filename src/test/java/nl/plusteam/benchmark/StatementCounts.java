package nl.plusteam.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Test-only: counts the SQL statements (per kind; each statement of a JDBC batch counts) and the commits that go
 * through the application's one {@link DataSource}, engine and JPA alike. The counts are global (all threads:
 * a REST call's work runs on a server thread); a benchmark thread can leave its own bookkeeping reads out with
 * {@link #uncounted}. Installed by importing this class: a bean post-processor wraps the data source in
 * {@code java.lang.reflect.Proxy}s over Connection and Statement.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounts implements BeanPostProcessor {

  enum Kind { SELECT, INSERT, UPDATE, DELETE, OTHER }

  private static final LongAdder[] STATEMENTS = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(),
      new LongAdder()};
  private static final LongAdder COMMITS = new LongAdder();
  private static final LongAdder ROLLBACKS = new LongAdder();
  private static final LongAdder ROUND_TRIPS = new LongAdder();
  /** Statements on the application's own tables (not the engine's ACT_*): the dossier. */
  private static final LongAdder DOMAIN = new LongAdder();
  private static final ThreadLocal<Boolean> PAUSED = ThreadLocal.withInitial(() -> false);
  /** With -Dbenchmark.sql=true: how often each SQL text ran, per step label (for aiming fixes, not for the table). */
  static final boolean TRACE = Boolean.getBoolean("benchmark.sql");
  private static final java.util.Map<String, LongAdder> TRACED = new java.util.concurrent.ConcurrentHashMap<>();
  private static volatile String label = "";

  /** Counters at one moment; differences of two are what happened in between. */
  public record Snapshot(long selects, long inserts, long updates, long deletes, long others, long commits,
      long rollbacks, long roundTrips, long domain) {

    public static final Snapshot ZERO = new Snapshot(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long statements() {
      return selects + inserts + updates + deletes + others;
    }

    public long writes() {
      return inserts + updates + deletes;
    }

    public Snapshot minus(Snapshot o) {
      return new Snapshot(selects - o.selects, inserts - o.inserts, updates - o.updates, deletes - o.deletes,
          others - o.others, commits - o.commits, rollbacks - o.rollbacks, roundTrips - o.roundTrips,
          domain - o.domain);
    }

    public Snapshot plus(Snapshot o) {
      return new Snapshot(selects + o.selects, inserts + o.inserts, updates + o.updates, deletes + o.deletes,
          others + o.others, commits + o.commits, rollbacks + o.rollbacks, roundTrips + o.roundTrips,
          domain + o.domain);
    }
  }

  public static Snapshot now() {
    return new Snapshot(STATEMENTS[0].sum(), STATEMENTS[1].sum(), STATEMENTS[2].sum(), STATEMENTS[3].sum(),
        STATEMENTS[4].sum(), COMMITS.sum(), ROLLBACKS.sum(), ROUND_TRIPS.sum(), DOMAIN.sum());
  }

  /** Runs the benchmark's own bookkeeping (finding a task, reading goal ids) without counting it. */
  public static <T> T uncounted(Supplier<T> work) {
    boolean before = PAUSED.get();
    PAUSED.set(true);
    try {
      return work.get();
    } finally {
      PAUSED.set(before);
    }
  }

  public static void uncounted(Runnable work) {
    uncounted(() -> {
      work.run();
      return null;
    });
  }

  static Kind kindOf(String sql) {
    String s = sql.stripLeading();
    while (s.startsWith("/*") && s.contains("*/")) {
      s = s.substring(s.indexOf("*/") + 2).stripLeading();
    }
    while (s.startsWith("(")) {
      s = s.substring(1).stripLeading();
    }
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    // no regular expression here: this runs for every statement, inside the measured time
    String word = s.substring(0, end).toLowerCase(Locale.ROOT);
    return switch (word) {
      case "select", "with" -> Kind.SELECT;
      case "insert" -> Kind.INSERT;
      case "update" -> Kind.UPDATE;
      case "delete" -> Kind.DELETE;
      default -> Kind.OTHER;
    };
  }

  private static void count(String sql) {
    if (!PAUSED.get()) {
      STATEMENTS[kindOf(sql).ordinal()].increment();
      if (!isEngine(sql)) {
        DOMAIN.increment();
      }
    }
  }

  /** Whether a statement is the engine's: its tables are all named ACT_*, the application's never are. */
  static boolean isEngine(String sql) {
    for (int i = sql.indexOf('_'); i >= 3; i = sql.indexOf('_', i + 1)) {
      if (sql.regionMatches(true, i - 3, "ACT_", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private static void trace(String sql) {
    if (TRACE && !PAUSED.get() && sql != null) {
      TRACED.computeIfAbsent(label + " | " + sql.replaceAll("\\s+", " ").trim(), k -> new LongAdder()).increment();
    }
  }

  /** Names the step whose statements are traced from now on (single-threaded passes only). */
  static void label(String step) {
    label = step;
  }

  /** The traced SQL texts with their counts, most frequent first. */
  static java.util.List<String> traced() {
    return TRACED.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> "%5d  %s".formatted(e.getValue().sum(), e.getKey())).toList();
  }

  private static void count(LongAdder counter) {
    if (!PAUSED.get()) {
      counter.increment();
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return countingDataSource(dataSource);
    }
    return bean;
  }

  /** The data source as a proxy that counts; {@code close()} still reaches the pool (and the embedded server). */
  static DataSource countingDataSource(DataSource target) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("close") && method.getParameterCount() == 0) {
        if (target instanceof AutoCloseable closeable) {
          closeable.close();
        }
        return null;
      }
      Object result = invoke(target, method, args);
      return result instanceof Connection connection ? countingConnection(connection) : result;
    };
    return (DataSource) Proxy.newProxyInstance(StatementCounts.class.getClassLoader(),
        new Class<?>[] {DataSource.class, AutoCloseable.class}, handler);
  }

  private static Connection countingConnection(Connection target) {
    Connection[] self = new Connection[1];
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("commit")) {
        count(COMMITS);
      } else if (name.equals("rollback")) {
        count(ROLLBACKS);
      }
      Object result = invoke(target, method, args);
      if (result instanceof Statement statement) {
        String sql = (name.equals("prepareStatement") || name.equals("prepareCall")) ? (String) args[0] : null;
        return countingStatement(statement, sql, self[0]);
      }
      return result;
    };
    self[0] = (Connection) Proxy.newProxyInstance(StatementCounts.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
    return self[0];
  }

  private static Statement countingStatement(Statement target, String preparedSql, Connection connection) {
    List<String> batch = new ArrayList<>();
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
      switch (name) {
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
          trace(withSql ? (String) args[0] : preparedSql);
          count(withSql ? (String) args[0] : preparedSql);
          count(ROUND_TRIPS);
        }
        case "addBatch" -> {
          trace(withSql ? (String) args[0] : preparedSql);
          batch.add(withSql ? (String) args[0] : preparedSql);
        }
        case "clearBatch" -> batch.clear();
        case "executeBatch", "executeLargeBatch" -> {
          batch.forEach(StatementCounts::count);
          batch.clear();
          count(ROUND_TRIPS);
        }
        case "getConnection" -> {
          return connection;
        }
        default -> {
        }
      }
      return invoke(target, method, args);
    };
    Class<?> type = target instanceof CallableStatement ? CallableStatement.class
        : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    return (Statement) Proxy.newProxyInstance(StatementCounts.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
