package nl.plusteam.simulation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the command-line simulator in a child JVM and returns its JSON: the engine clock is global to a JVM, so a
 * simulation never runs inside the live application (its job executor would fire real timers). The child gets the
 * running application's class path: the classes and jars under {@code spring-boot:run} or in an IDE, the
 * executable jar (through Spring Boot's PropertiesLauncher) under {@code java -jar}. One simulation at a time.
 */
@Component
class SimulationLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(SimulationLauncher.class);
  private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
  /** Environment variables the child must not see: they could point it at the live database. */
  private static final List<String> UNSAFE_ENVIRONMENT = List.of("SPRING_", "CAMUNDA_", "PLUSTEAM_", "JAVA_TOOL_OPTIONS",
      "JDK_JAVA_OPTIONS");

  private final Semaphore oneAtATime = new Semaphore(1);
  private final Duration timeout;

  SimulationLauncher(@Value("${plusteam.simulatie.timeout:PT15M}") Duration timeout) {
    this.timeout = timeout;
  }

  /** The simulation is already running for someone else. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("Er loopt al een simulatie. Probeer het over een paar minuten opnieuw.");
    }
  }

  /** The child JVM failed or took too long. */
  static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message);
    }
  }

  /** A simulation is running. */
  boolean busy() {
    return oneAtATime.availablePermits() == 0;
  }

  /** The result as JSON, as the command line writes it. */
  String run(SimulationInput input) {
    if (!oneAtATime.tryAcquire()) {
      throw new Busy();
    }
    Path json = null;
    Path log = null;
    try {
      json = Files.createTempFile("plusteam-simulatie-", ".json");
      log = Files.createTempFile("plusteam-simulatie-", ".log");
      ProcessBuilder builder = new ProcessBuilder(command(input, json)).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(name -> UNSAFE_ENVIRONMENT.stream().anyMatch(name::startsWith));
      long started = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new Failed("De simulatie duurde langer dan " + timeout.toMinutes()
            + " minuten en is afgebroken. Kies minder weken of een kleiner team.");
      }
      if (process.exitValue() != 0) {
        LOG.warn("Simulatie mislukt (exitcode {}): {}", process.exitValue(), tail(log));
        throw new Failed("De simulatie is mislukt (exitcode " + process.exitValue() + "); zie het log van de server.");
      }
      LOG.info("Simulatie klaar in {} s (eigen JVM)", String.format(Locale.ROOT, "%.1f",
          (System.nanoTime() - started) / 1e9));
      return Files.readString(json);
    } catch (IOException e) {
      throw new Failed("De simulatie kon niet worden gestart: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed("De simulatie is onderbroken.");
    } finally {
      delete(json);
      delete(log);
      oneAtATime.release();
    }
  }

  /** java [-Dloader.main=... -cp app.jar PropertiesLauncher | -cp classpath CapacitySimulatorCli] options. */
  static List<String> command(SimulationInput input, Path json) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-XX:+UseSerialGC");
    command.add("-Dfile.encoding=UTF-8");
    String classPath = applicationClassPath();
    if (isExecutableJar(classPath)) {
      command.add("-Dloader.main=" + CapacitySimulatorCli.class.getName());
      command.add("-cp");
      command.add(classPath);
      command.add(PROPERTIES_LAUNCHER);
    } else {
      command.add("-cp");
      command.add(classPath);
      command.add(CapacitySimulatorCli.class.getName());
    }
    command.addAll(CapacitySimulatorCli.options(input));
    command.add("--json=" + json);
    return command;
  }

  /**
   * The running application's class path; without test classes (when a test starts a simulation): they hold
   * Spring test configurations the child must not pick up.
   */
  static String applicationClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** A Spring Boot executable jar ({@code java -jar}): one jar on the class path, with a Start-Class. */
  static boolean isExecutableJar(String classPath) {
    if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
      return false;
    }
    try (JarFile jar = new JarFile(classPath)) {
      return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      List<String> causes = lines.stream().filter(line -> line.startsWith("Caused by") || line.contains(" ERROR "))
          .limit(10).toList();
      return String.join("\n", causes) + "\n...\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "(geen log: " + e.getMessage() + ")";
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.debug("Tijdelijk bestand {} niet verwijderd", file, e);
      }
    }
  }
}
