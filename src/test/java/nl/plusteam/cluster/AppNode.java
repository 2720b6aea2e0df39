package nl.plusteam.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.plusteam.PlusTeamApplication;

/**
 * The application as a production node runs it: its own JVM ({@code java -cp … PlusTeamApplication}) with the
 * {@code postgres} profile (plus {@code demo} for the users, without the demo year) against a shared PostgreSQL.
 * Its engine carries the node's name as hostname, so the engine's job log says which node ran a job. The output
 * goes to {@code target/cluster/<name>.log}. Every node started is killed when the test JVM exits, whatever
 * happens to the test.
 */
public final class AppNode implements AutoCloseable {

  private static final String READY = "PlusTeam procesapplicatie draait";
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
  }

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;
  private Duration startedIn;

  private AppNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Launches a node and waits until it is ready (the start-up banner, printed after the roles and demo users
   * exist). {@code settings} are extra Spring Boot properties as {@code name=value}.
   */
  public static AppNode launch(String name, ClusterDatabase database, List<String> settings) throws IOException {
    return launch(name, database, List.of("-Xmx512m", "-XX:+UseSerialGC"), settings, Duration.ofSeconds(180));
  }

  /**
   * Launches a node with the given JVM options (none: the JVM's defaults, as a production start without tuning)
   * and waits up to {@code timeout} until it is ready.
   */
  public static AppNode launch(String name, ClusterDatabase database, List<String> jvmOptions, List<String> settings,
      Duration timeout) throws IOException {
    int port = freePort();
    Path log = Path.of("target", "cluster", name + ".log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-Dfile.encoding=UTF-8",
        "-cp", applicationClassPath(),
        PlusTeamApplication.class.getName(),
        "--spring.profiles.active=demo,postgres",
        "--plusteam.demo.history.cases=0",
        "--server.port=" + port,
        "--spring.datasource.url=" + database.jdbcUrl(),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // logback-spring.xml includes Spring Boot's base.xml, whose file appender otherwise writes /tmp/spring.log
        "--logging.file.name=" + log.resolveSibling(name + ".file.log"),
        // the job executor's acquisition log names the jobs a node locked (see acquiredJobIds)
        "--logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG"));
    settings.forEach(setting -> command.add("--" + setting));
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    RUNNING.add(process);
    AppNode node = new AppNode(name, port, log, process);
    node.awaitReady(timeout);
    node.startedIn = Duration.ofNanos(System.nanoTime() - launched);
    return node;
  }

  /**
   * The test's class path without the test classes: they hold Spring test configurations (an embedded database
   * of their own) that component scanning would pick up in a plain application start.
   */
  private static String applicationClassPath() {
    String classPath = System.getProperty("java.class.path");
    List<String> entries = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).endsWith("test-classes"))
        .toList();
    if (entries.stream().noneMatch(entry -> Path.of(entry).endsWith("classes"))) {
      throw new IllegalStateException("the application's classes are not on the class path: " + classPath);
    }
    return String.join(File.pathSeparator, entries);
  }

  private void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped during start-up (exit " + process.exitValue() + "):\n"
            + tail(60));
      }
      if (logText().contains(READY)) {
        return;
      }
      pause(Duration.ofMillis(50));
    }
    throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + tail(60));
  }

  String name() {
    return name;
  }

  /** From the launch of the JVM until the start-up banner: the application answers from then on. */
  public Duration startedIn() {
    return startedIn;
  }

  /** The node's resident set size in KiB, from {@code /proc/<pid>/status} (Linux). */
  public long residentKiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + name);
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public NodeClient client(String user) {
    return new NodeClient(port, user, user);
  }

  /** Kills the node with SIGKILL ({@code kill -9}): no shutdown hooks, no graceful end of transactions. */
  int killHard() throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -9 " + process.pid() + " failed");
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " still alive after kill -9");
    }
    RUNNING.remove(process);
    return process.exitValue();
  }

  /** The ids of the jobs this node's job executor acquired (locked), from its DEBUG log (ENGINE-14022). */
  Set<String> acquiredJobIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (String line : logText().split("\n")) {
      if (line.contains("ENGINE-14022")) {
        Matcher matcher = UUID.matcher(line.substring(line.indexOf("ENGINE-14022")));
        while (matcher.find()) {
          ids.add(matcher.group());
        }
      }
    }
    return ids;
  }

  /** Lines of the node's log with the given text (for example a logged error code). */
  List<String> logLines(String text) {
    return Arrays.stream(logText().split("\n")).filter(line -> line.contains(text)).toList();
  }

  public String logText() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String tail(int lines) {
    List<String> all = Arrays.asList(logText().split("\n"));
    return all.subList(Math.max(0, all.size() - lines), all.size()).stream().collect(Collectors.joining("\n"));
  }

  /** Stops the node as an administrator does (SIGTERM, graceful), forcibly after 30 s. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    RUNNING.remove(process);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
