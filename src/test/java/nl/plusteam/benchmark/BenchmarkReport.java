package nl.plusteam.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The benchmarks' results table: every measured figure is one row (section, measure, measured value, target,
 * verdict), printed and appended to {@code target/benchmark/results.md}. Each benchmark class runs in its own
 * JVM; the first row of a run writes the header with the machine it ran on.
 */
public final class BenchmarkReport {

  public static final Path RESULTS = Path.of("target", "benchmark", "results.md");

  private BenchmarkReport() {}

  /** A figure with a target: {@code met} says whether the measured value meets it. */
  public static synchronized void row(String section, String measure, String measured, String target, boolean met) {
    write(section, measure, measured, target, met ? "gehaald" : "NIET gehaald");
  }

  /** A figure without a target (context for the others). */
  public static synchronized void row(String section, String measure, String measured) {
    write(section, measure, measured, "", "");
  }

  /** A free line under the table, for example what limits a figure. */
  public static synchronized void note(String text) {
    append("\n> " + text + "\n\n");
    System.out.println("[benchmark] " + text);
  }

  private static void write(String section, String measure, String measured, String target, String verdict) {
    String line = "| %s | %s | %s | %s | %s |%n".formatted(section, measure, measured, target, verdict);
    append(line);
    System.out.printf("[benchmark] %-28s %-58s %18s  %-14s %s%n", section, measure, measured, target, verdict);
  }

  private static void append(String text) {
    try {
      Files.createDirectories(RESULTS.getParent());
      if (!Files.exists(RESULTS)) {
        Files.writeString(RESULTS, header(), StandardCharsets.UTF_8);
      }
      Files.writeString(RESULTS, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header() {
    Runtime runtime = Runtime.getRuntime();
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    return """
        # Benchmark %s

        Machine: %d cores, %.1f GiB memory, Java %s (%s), %s.

        | Onderdeel | Meting | Gemeten | Doel | Oordeel |
        |---|---|---|---|---|
        """.formatted(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        runtime.availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }
}
