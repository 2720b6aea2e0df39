package nl.plusteam.benchmark.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.plusteam.benchmark.BenchmarkReport;
import nl.plusteam.cluster.AppNode;
import nl.plusteam.cluster.ClusterDatabase;
import nl.plusteam.cluster.NodeClient;

/**
 * Item 5 of the benchmark on an empty database: how long the application takes until it answers (the start-up
 * banner, printed when the web server, the engine, the roles and the demo users are ready), first on a new
 * database (the schemas are created) and then on an existing one, and its resident memory with the JVM's default
 * heap, idle and after a first round of work (Tasklist, Cockpit and dashboard calls). With the scale load:
 * {@link ScaleBenchmark}.
 */
class StartupBenchmark {

  static final String SECTION = "5. Start en geheugen";

  @Test
  void startOnEmptyDatabase() throws Exception {
    try (ClusterDatabase database = ClusterDatabase.start("startup", Map.of())) {
      try (AppNode first = launch("start-1", database)) {
        reportStart("start, nieuwe database (schema's worden aangemaakt)", first);
      }
      for (int run = 2; run <= 3; run++) {
        try (AppNode again = launch("start-" + run, database)) {
          reportStart("start %d, bestaande database".formatted(run), again);
          if (run == 3) {
            AppNode.pause(Duration.ofSeconds(5));
            reportMemory("RSS na start (standaard heap)", again);
            work(again);
            reportMemory("RSS na een eerste ronde verzoeken", again);
          }
        }
      }
    }
  }

  /** A node as production starts it: the JVM's default heap and collector, no tuning. */
  static AppNode launch(String name, ClusterDatabase database) throws IOException {
    return AppNode.launch(name, database, List.of(), List.of(), Duration.ofMinutes(5));
  }

  static void reportStart(String measure, AppNode node) {
    Duration took = node.startedIn();
    BenchmarkReport.row(SECTION, measure, "%.1f s".formatted(took.toMillis() / 1000.0), "≤ 15 s",
        took.compareTo(Duration.ofSeconds(15)) <= 0);
  }

  static void reportMemory(String measure, AppNode node) throws IOException {
    long kib = node.residentKiB();
    BenchmarkReport.row(SECTION, measure, "%.0f MiB".formatted(kib / 1024.0), "≤ 600 MiB", kib <= 600 * 1024);
  }

  /** What the first users of the day do: their task lists, the caseload overview, the KPIs. */
  private static void work(AppNode node) {
    for (int round = 0; round < 20; round++) {
      for (String path : List.of("/engine-rest/task?firstResult=0&maxResults=15", "/api/caseload", "/api/kpi",
          "/engine-rest/process-definition?firstResult=0&maxResults=50")) {
        NodeClient.Response response = node.client(path.startsWith("/api") ? "teammanager" : "generalist.anna")
            .get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
      }
    }
  }
}
