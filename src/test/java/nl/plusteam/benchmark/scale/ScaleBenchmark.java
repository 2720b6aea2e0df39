package nl.plusteam.benchmark.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.plusteam.benchmark.BenchmarkReport;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.cluster.AppNode;
import nl.plusteam.cluster.ClusterDatabase;
import nl.plusteam.cluster.NodeClient;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.system.process.DeadlineCalendar;

/**
 * The benchmark's items 3 to 5 on one PostgreSQL (zonky, started here): {@code -Dbenchmark.cases} open
 * cases (default 300,000) loaded through the engine API; the application's start-up and memory with them loaded
 * (on an empty database: {@link StartupBenchmark}); what users wait for (a generalist's
 * "Mijn taken", the team manager's distribution view and group tasks, a caseload preparation, the KPI dashboard
 * for a quarter) and the job executor's acquisition query; and a storm of {@code -Dbenchmark.storm}
 * timers (default 10,000) due at once on one node.
 *
 * <p>The application under measurement is a node as production runs it: its own JVM with the JVM's default heap
 * and the {@code postgres} profile. This test JVM loads the cases with an engine of its own (job executor off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {"plusteam.demo.history.cases=0", "spring.datasource.hikari.maximum-pool-size=4"})
@ActiveProfiles({"test", "demo", "postgres"})
class ScaleBenchmark {

  private static final int CASES = Integer.getInteger("benchmark.cases", 300_000);
  private static final int STORM = Integer.getInteger("benchmark.storm", 10_000);
  private static final int SAMPLES = Integer.getInteger("benchmark.samples", 200);
  /** {@code -Dbenchmark.measure=false}: only load (for example on a busy machine), measure in a later run. */
  /** {@code -Dbenchmark.load=false}: measure what an earlier (perhaps interrupted) run loaded, load nothing. */
  private static final boolean LOAD = !"false".equals(System.getProperty("benchmark.load"));
  private static final boolean MEASURE = !"false".equals(System.getProperty("benchmark.measure"));
  private static final String SECTION_START = "5. Start en geheugen";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ClusterDatabase database;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired DecisionService decisions;
  @Autowired DeadlineCalendar calendar;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired CaseloadService caseloads;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> database.jdbcUrl());
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  /**
   * The database is kept in {@code target/benchmark/scale-<cases>-pgdata}: loading takes long, so a second run
   * measures the same load again (delete the directory, or {@code ./mvnw clean}, to load afresh).
   */
  @BeforeAll
  static void openDatabase() throws Exception {
    // not closed here: the test's Spring context uses it until the JVM ends; zonky's shutdown hook stops it then
    database = ClusterDatabase.kept(Path.of("target", "benchmark", "scale-" + CASES + "-pgdata"),
        Map.of("shared_buffers", "512MB", "work_mem", "16MB", "max_wal_size", "4GB"));
  }

  @Test
  void nationalScale() throws Exception {
    // 3. the load
    String section = "3. Schaal";
    long loaded = jdbc.queryForObject("select count(*) from case_file where reference like 'PT-B-%'", Long.class);
    assertThat(loaded).as("more cases in target/benchmark than asked for").isLessThanOrEqualTo(CASES);
    if (loaded < CASES && LOAD) {
      // an interrupted load goes on where it stopped (each batch is one transaction)
      CaseGenerator generator = new CaseGenerator(runtime, decisions, calendar, jdbc, transactions,
          20261205L + loaded, Instant.now());
      Duration loading = generator.generate((int) loaded, CASES, 200);
      BenchmarkReport.row(section, "open casussen geladen via de engine-API", "%,d (waarvan %,d eerder)".formatted(
          CASES, loaded));
      BenchmarkReport.row(section, "laden (1 thread, 200 per transactie)", "%.0f s (%.0f/s)".formatted(
          loading.toMillis() / 1000.0, generator.generated() / (loading.toMillis() / 1000.0)));
      BenchmarkReport.row(section, "fasen", generator.perPhase().toString());
      BenchmarkReport.row(section, "generalisten (teams van %d)".formatted(CaseGenerator.TEAM_SIZE),
          "%,d".formatted(generator.generalists()));
      jdbc.execute("vacuum analyze");
    } else {
      BenchmarkReport.row(section, "open casussen (geladen in een eerdere run)", "%,d van %,d".formatted(loaded, CASES),
          "%,d".formatted(CASES), loaded == CASES);
    }
    long timers = jdbc.queryForObject("select count(*) from ACT_RU_JOB where TYPE_ = 'timer'", Long.class);
    long tasks = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
    long instances = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null", Long.class);
    assertThat(instances).as("open cases").isGreaterThanOrEqualTo(LOAD ? CASES : loaded);
    long overdue = jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ <= now()", Long.class);
    BenchmarkReport.row(section, "timers / open taken / procesinstanties", "%,d / %,d / %,d".formatted(timers, tasks,
        instances));
    assertThat(overdue).as("timers already due (they would fire at once when the node starts)").isZero();

    if (!MEASURE) {
      return;
    }

    // 5. start and memory with the load
    try (AppNode node = launch("geladen")) {
      BenchmarkReport.row(SECTION_START, "start met %,d open casussen".formatted(instances), seconds(node.startedIn()),
          "≤ 15 s", node.startedIn().compareTo(Duration.ofSeconds(15)) <= 0);
      AppNode.pause(Duration.ofSeconds(5));
      long idle = node.residentKiB();
      BenchmarkReport.row(SECTION_START, "RSS na start met %,d casussen".formatted(instances), mib(idle), "≤ 600 MiB",
          idle <= 600 * 1024);

      usersWait(node);
      jobAcquisition();
      timerStorm(node);

      long after = node.residentKiB();
      BenchmarkReport.row(SECTION_START, "RSS na metingen en timerstorm", mib(after), "≤ 600 MiB", after <= 600 * 1024);
      assertThat(node.isAlive()).isTrue();
    }
  }

  private void usersWait(AppNode node) {
    String section = "3. Schaal: wachttijden";
    NodeClient anna = node.client(CaseGenerator.MEASURED_GENERALIST);
    NodeClient manager = node.client("teammanager");
    NodeClient director = node.client("directeur");
    String myTasks = filterId(anna, "Mijn taken");
    String groupTasks = filterId(manager, "Taken van mijn groep");
    // as Tasklist asks: the filter's own query and order; HAL embeds the filter's variables (case, municipality,
    // urgency) and the process definitions
    Map<String, Object> tasklistBody = Map.of();
    Map<String, String> hal = Map.of("Accept", "application/hal+json");

    NodeClient.Response mine = anna.postJson("/engine-rest/filter/" + myTasks + "/list?firstResult=0&maxResults=15",
        tasklistBody, hal);
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    int annasTasks = json(mine.body()).path("_embedded").path("task").size();
    assertThat(annasTasks).as("Anna's open tasks in 'Mijn taken'").isPositive();

    Percentiles list = time(() -> anna.postJson("/engine-rest/filter/" + myTasks + "/list?firstResult=0&maxResults=15",
        tasklistBody, hal));
    report(section, "\"Mijn taken\" (REST lijst, autorisatie aan; %d taken)".formatted(annasTasks), list, 100);
    Percentiles count = time(() -> anna.postJson("/engine-rest/filter/" + myTasks + "/count", Map.of(), Map.of()));
    report(section, "\"Mijn taken\" aantal (Tasklist vraagt het bij de lijst)", count, 100);

    Percentiles overview = time(() -> manager.get("/api/caseload"));
    report(section, "verdeelweergave teammanager (GET /api/caseload)", overview, -1);
    Percentiles group = time(() -> manager.postJson("/engine-rest/filter/" + groupTasks
        + "/list?firstResult=0&maxResults=15", tasklistBody, hal));
    report(section, "\"Taken van mijn groep\" teammanager (REST lijst)", group, -1);

    Percentiles preparation = timeLocal(() -> caseloads.detailOf(CaseGenerator.MEASURED_GENERALIST));
    report(section, "caseloadvoorbereiding (CaseloadService.detailOf, Anna)", preparation, -1);
    Percentiles distribution = timeLocal(() -> caseloads.overview());
    report(section, "caseloadoverzicht bij elke verdeeltaak (CaseloadService.overview)", distribution, -1);

    LocalDate lastQuarterEnd = LocalDate.now().with(IsoFields.DAY_OF_QUARTER, 1).minusDays(1);
    LocalDate lastQuarterStart = lastQuarterEnd.with(IsoFields.DAY_OF_QUARTER, 1);
    String kpi = "/api/kpi?van=" + lastQuarterStart + "&tot=" + lastQuarterEnd;
    NodeClient.Response first = director.get(kpi);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    Percentiles dashboard = time(() -> director.get(kpi), Math.min(SAMPLES, 50));
    report(section, "KPI-dashboard kwartaal (GET /api/kpi, directeur)", dashboard, 1000);
  }

  private void jobAcquisition() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor jobExecutor = configuration.getJobExecutor();
    CommandExecutor commands = configuration.getCommandExecutorTxRequired();
    long due = jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ <= now()", Long.class);
    assertThat(due).as("no due jobs: the measured acquisition must not lock any").isZero();
    Percentiles withIndex = timeLocal(() -> commands.execute(new AcquireJobsCmd(jobExecutor, 3)), 500);
    report("3. Schaal: job-acquisitie", "acquisitiequery (AcquireJobsCmd, 3 jobs, met index op DUEDATE_)", withIndex,
        5);
    // the same without the index the migration db/engine/V1 adds (before/after of that fix)
    jdbc.execute("drop index PLUSTEAM_IDX_JOB_DUEDATE");
    jdbc.execute("analyze ACT_RU_JOB");
    try {
      Percentiles without = timeLocal(() -> commands.execute(new AcquireJobsCmd(jobExecutor, 3)), 50);
      report("3. Schaal: job-acquisitie", "dezelfde query zonder die index (ter vergelijking)", without, 5);
    } finally {
      jdbc.execute("create index PLUSTEAM_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");
      jdbc.execute("analyze ACT_RU_JOB");
    }
  }

  private void timerStorm(AppNode node) {
    String section = "4. Timerstorm";
    List<String> jobIds = jdbc.queryForList("""
        select j.ID_ from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
        where d.ACT_ID_ = ? order by j.ID_ limit ?""", String.class, CaseProcess.Elements.INTAKE_DEADLINE, STORM);
    long breachesBefore = jdbc.queryForObject("select count(*) from deadline_breach", Long.class);
    String[] ids = jobIds.toArray(String[]::new);
    Instant start = Instant.now();
    int made = jdbc.update(con -> {
      var statement = con.prepareStatement("update ACT_RU_JOB set DUEDATE_ = now() - interval '1 second' "
          + "where ID_ = any(?)");
      statement.setArray(1, con.createArrayOf("varchar", ids));
      return statement;
    });
    Duration deadline = Duration.ofMinutes(30);
    long remaining = made;
    while (remaining > 0 && Duration.between(start, Instant.now()).compareTo(deadline) < 0) {
      AppNode.pause(Duration.ofMillis(500));
      remaining = jdbc.queryForObject("select count(*) from ACT_RU_JOB where ID_ = any(?::varchar[])", Long.class,
          "{" + String.join(",", ids) + "}");
    }
    double took = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    long breaches = jdbc.queryForObject("select count(*) from deadline_breach", Long.class) - breachesBefore;
    long incidents = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class);
    BenchmarkReport.row(section, "%,d intaketermijnen tegelijk verlopen, 1 node".formatted(made),
        "%.1f s (%.0f jobs/s)".formatted(took, made / took));
    BenchmarkReport.row(section, "vastgelegde overschrijdingen / incidenten / niet afgevuurd",
        "%,d / %,d / %,d".formatted(breaches, incidents, remaining));
    assertThat(remaining).as("timers not fired within " + deadline).isZero();
    assertThat(breaches).as("one breach per fired intake deadline").isEqualTo(made);
  }

  // --- measuring ---

  record Percentiles(double p50, double p95, int samples) {}

  private static Percentiles time(Supplier<NodeClient.Response> request) {
    return time(request, SAMPLES);
  }

  private static Percentiles time(Supplier<NodeClient.Response> request, int samples) {
    for (int i = 0; i < 10; i++) {
      NodeClient.Response warm = request.get();
      assertThat(warm.status()).as(warm.body()).isEqualTo(200);
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      NodeClient.Response response = request.get();
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      millis[i] = response.took().toNanos() / 1e6;
    }
    return percentiles(millis);
  }

  private static Percentiles timeLocal(Runnable work) {
    return timeLocal(work, SAMPLES);
  }

  private static Percentiles timeLocal(Runnable work, int samples) {
    for (int i = 0; i < Math.min(10, samples); i++) {
      work.run();
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      work.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return percentiles(millis);
  }

  private static Percentiles percentiles(double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted[(int) Math.floor(0.5 * (sorted.length - 1))],
        sorted[(int) Math.ceil(0.95 * (sorted.length - 1))], sorted.length);
  }

  private static void report(String section, String measure, Percentiles p, double targetP95Millis) {
    String measured = "p50 %.1f ms, p95 %.1f ms (n=%d)".formatted(p.p50(), p.p95(), p.samples());
    if (targetP95Millis > 0) {
      BenchmarkReport.row(section, measure, measured, "p95 ≤ %.0f ms".formatted(targetP95Millis),
          p.p95() <= targetP95Millis);
    } else {
      BenchmarkReport.row(section, measure, measured);
    }
  }

  private static String filterId(NodeClient client, String name) {
    NodeClient.Response filters = client.get("/engine-rest/filter?firstResult=0&maxResults=50");
    assertThat(filters.status()).as(filters.body()).isEqualTo(200);
    for (JsonNode filter : json(filters.body())) {
      if (name.equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new AssertionError("no filter '" + name + "' for this user: " + filters.body());
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AppNode launch(String name) throws IOException {
    return StartupBenchmark.launch("bench-" + name, database);
  }

  private static String seconds(Duration duration) {
    return "%.1f s".formatted(duration.toMillis() / 1000.0);
  }

  private static String mib(long kib) {
    return "%.0f MiB".formatted(kib / 1024.0);
  }

}
