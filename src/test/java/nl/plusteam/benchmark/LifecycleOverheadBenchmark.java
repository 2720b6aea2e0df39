package nl.plusteam.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import nl.plusteam.casefile.CaseFileRepository;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.casefile.process.CaseProcess.Elements;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.familyplan.PlanGoal;
import nl.plusteam.support.CaseWalk;
import nl.plusteam.support.Dossiers;
import nl.plusteam.support.HandoffJson;
import nl.plusteam.support.Http;
import nl.plusteam.support.PostgresPlusTeamTest;

/**
 * Benchmark items 1 and 2 on PostgreSQL: what the application costs on top of the bare engine.
 *
 * <p>A lifecycle is the case's happy path with two evaluations: handoff (REST, as a CMD sends it) → distribution →
 * intake → plan → consent → [evaluation timer] → evaluation "doorgaan" → revised plan → consent → [evaluation timer]
 * → evaluation "afsluiten" → close: 9 user-task completions and 2 timer jobs. In the model an evaluation that
 * continues always asks for a revised plan and a new consent, so two evaluations cannot come without them. Tasks
 * are completed as the Tasklist's form submission does (FormService); the bare model ({@code bare-lifecycle.bpmn},
 * same scopes, timers and nine tasks, no application code) is started with {@code startProcessInstanceByKey} and its
 * tasks completed with {@code taskService.complete}, in the same engine, the same run and with the same history
 * level. Finding a task's id and reading a plan's goal ids (what a user's screen would show) are the benchmark's
 * own work and are not counted.
 *
 * <p>Settings: {@code -Dbenchmark.lifecycles} per model (200), walked in {@code -Dbenchmark.rounds} (5),
 * {@code -Dbenchmark.warmup} (20), {@code -Dbenchmark.counted} lifecycles per model in the single-threaded counting
 * pass (20). Reports the targets; asserts only that every walk really ended where it should.
 */
@PostgresPlusTeamTest
@Import(StatementCounts.class)
class LifecycleOverheadBenchmark {

  static final int LIFECYCLES = Integer.getInteger("benchmark.lifecycles", 200);
  static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
  static final int WARMUP = Integer.getInteger("benchmark.warmup", 20);
  static final int COUNTED = Integer.getInteger("benchmark.counted", 20);
  static final int THREADS = 2;
  static final int COMPLETIONS_PER_LIFECYCLE = 9;
  static final int TIMERS_PER_LIFECYCLE = 2;
  static final String BARE_KEY = "bareLifecycle";
  static final double THROUGHPUT_TARGET = 0.8;
  static final double STATEMENT_TARGET = 1.25;

  /** CPU time of this JVM (application, engine and the benchmark's client threads), not of PostgreSQL. */
  static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean)
      java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  static final String SECTION_1 = "1 Overhead t.o.v. kale engine";
  static final String SECTION_2 = "2 Statements per taak";

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  CaseFileRepository caseFiles;
  @Autowired
  FamilyPlanService plans;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void lifecyclesAgainstTheBareEngine() throws Exception {
    repositoryService.createDeployment().name("benchmark").addClasspathResource("benchmark/bare-lifecycle.bpmn")
        .deploy();
    // one engine clock for all threads: Monday 10:00 next week; timer jobs are executed directly, whatever their due date
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.now(CaseWalk.AMSTERDAM)
        .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.of(10, 0)).toInstant()));

    // warm-up: JIT, caches, connection pool, both models
    runConcurrently(new Ours(Steps.NONE), WARMUP);
    runConcurrently(new Bare(Steps.NONE), WARMUP);

    // item 2: statements and commits, one thread, per step
    Steps oursSteps = new Steps("eigen");
    Steps bareSteps = new Steps("kaal");
    List<String> oursCounted = new ArrayList<>();
    List<String> bareCounted = new ArrayList<>();
    Ours oursCounting = new Ours(oursSteps);
    Bare bareCounting = new Bare(bareSteps);
    for (int i = 0; i < COUNTED; i++) {
      oursCounted.add(oursCounting.walk());
      bareCounted.add(bareCounting.walk());
    }
    assertCasesClosed(oursCounted);
    assertBareEnded(bareCounted);
    if (StatementCounts.TRACE) {
      StatementCounts.traced().forEach(line -> System.out.println("[sql] " + line));
    }

    // item 1: throughput, two client threads; the lifecycles in rounds, alternating which model goes first, so
    // both models meet the same load of the (shared, noisy) machine
    int perRound = Math.max(1, LIFECYCLES / ROUNDS);
    List<Double> oursRates = new ArrayList<>();
    List<Double> bareRates = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Run ours;
      Run bare;
      if (round % 2 == 1) {
        ours = runConcurrently(new Ours(Steps.NONE), perRound);
        bare = runConcurrently(new Bare(Steps.NONE), perRound);
      } else {
        bare = runConcurrently(new Bare(Steps.NONE), perRound);
        ours = runConcurrently(new Ours(Steps.NONE), perRound);
      }
      assertCasesClosed(ours.instances());
      assertBareEnded(bare.instances());
      assertThat(ours.completions()).isEqualTo(bare.completions()).isEqualTo(perRound * COMPLETIONS_PER_LIFECYCLE);
      oursRates.add(ours.completionsPerSecond());
      bareRates.add(bare.completionsPerSecond());
      ratios.add(ours.completionsPerSecond() / bare.completionsPerSecond());
      cpuRatios.add(ours.cpuMillisPerCompletion() / bare.cpuMillisPerCompletion());
      BenchmarkReport.row(SECTION_1, "ronde %d (%d levenslopen per model, %d threads): levenslopen/s eigen"
          .formatted(round, perRound, THREADS), "%.2f".formatted(ours.lifecyclesPerSecond()));
      BenchmarkReport.row(SECTION_1, "ronde %d: taakafrondingen/s eigen / kaal (verhouding)".formatted(round),
          "%.1f / %.1f (%.2f)".formatted(ours.completionsPerSecond(), bare.completionsPerSecond(),
              ours.completionsPerSecond() / bare.completionsPerSecond()));
      BenchmarkReport.row(SECTION_1, "ronde %d: CPU-tijd JVM per taakafronding eigen / kaal".formatted(round),
          "%.1f / %.1f ms".formatted(ours.cpuMillisPerCompletion(), bare.cpuMillisPerCompletion()));
    }

    double ratio = median(ratios);
    BenchmarkReport.row(SECTION_1, "taakafrondingen/s eigen (mediaan, spreiding)",
        "%.1f (%.1f–%.1f)".formatted(median(oursRates), min(oursRates), max(oursRates)));
    BenchmarkReport.row(SECTION_1, "taakafrondingen/s kaal (mediaan, spreiding)",
        "%.1f (%.1f–%.1f)".formatted(median(bareRates), min(bareRates), max(bareRates)));
    BenchmarkReport.row(SECTION_1, "CPU-tijd JVM per taakafronding eigen / kaal (mediaan, spreiding)",
        "%.2f (%.2f–%.2f)".formatted(median(cpuRatios), min(cpuRatios), max(cpuRatios)));
    BenchmarkReport.row(SECTION_1, "verhouding eigen / kaal per taakafronding (mediaan, spreiding)",
        "%.2f (%.2f–%.2f)".formatted(ratio, min(ratios), max(ratios)), "≥ %.2f".formatted(THROUGHPUT_TARGET),
        ratio >= THROUGHPUT_TARGET);

    reportStatements(oursSteps, bareSteps);
    if (ratio < THROUGHPUT_TARGET) {
      BenchmarkReport.note("Doorvoer " + SECTION_1 + ": verhouding %.2f < %.2f. Per taakafronding kost de eigen "
          .formatted(ratio, THROUGHPUT_TARGET) + "casus %s, het kale model %s; duurste stappen (eigen): %s."
          .formatted(perCompletion(oursSteps.total()), perCompletion(bareSteps.total()), oursSteps.costliest(4)));
    }
  }

  private void reportStatements(Steps ours, Steps bare) {
    StatementCounts.Snapshot o = ours.total();
    StatementCounts.Snapshot b = bare.total();
    double completions = (double) COUNTED * COMPLETIONS_PER_LIFECYCLE;
    BenchmarkReport.row(SECTION_2, "eigen: per taakafronding (hele levensloop / %d taken)"
        .formatted(COMPLETIONS_PER_LIFECYCLE), perCompletion(o));
    BenchmarkReport.row(SECTION_2, "kaal: per taakafronding (hele levensloop / %d taken)"
        .formatted(COMPLETIONS_PER_LIFECYCLE), perCompletion(b));
    double statementRatio = o.statements() / (double) b.statements();
    double commitRatio = o.commits() / (double) b.commits();
    BenchmarkReport.row(SECTION_2, "statements eigen / kaal", "%.2f (%.1f / %.1f)".formatted(statementRatio,
        o.statements() / completions, b.statements() / completions), "≤ %.2f".formatted(STATEMENT_TARGET),
        statementRatio <= STATEMENT_TARGET);
    BenchmarkReport.row(SECTION_2, "commits eigen / kaal", "%.2f (%.2f / %.2f)".formatted(commitRatio,
        o.commits() / completions, b.commits() / completions), "≤ %.2f".formatted(STATEMENT_TARGET),
        commitRatio <= STATEMENT_TARGET);
    ours.perStep().forEach((step, cost) -> BenchmarkReport.row(SECTION_2, "eigen, per stap: " + step,
        cost.describe() + " | kaal " + bare.perStep().getOrDefault(step, StepCost.NONE).describe()));
    if (statementRatio > STATEMENT_TARGET) {
      BenchmarkReport.note("Statements " + SECTION_2 + ": eigen %.2f× kaal (doel ≤ %.2f). Eigen per taakafronding %s; "
          .formatted(statementRatio, STATEMENT_TARGET, perCompletion(o)) + "kaal %s. ".formatted(perCompletion(b))
          + "Het doel laat %.1f statements per taakafronding boven het kale model; alleen al het dossier (de eigen "
          .formatted((STATEMENT_TARGET - 1) * b.statements() / completions)
          + "tabellen: ZRM-scores, planversies, evaluaties, casus) kost er %.1f, en de engine-statements van de eigen "
          .formatted(o.domain() / completions)
          + "casus (%.1f) liggen %.2f× boven kaal (taakvariabelen voor Tasklist en formulieren, termijnvariabelen, "
          .formatted((o.statements() - o.domain()) / completions, (o.statements() - o.domain()) / (double) b.statements())
          + "servicetaken en beslistabel). Duurste stappen (eigen): %s.".formatted(ours.costliest(5)));
    }
  }

  static String perCompletion(StatementCounts.Snapshot s) {
    double n = (double) COUNTED * COMPLETIONS_PER_LIFECYCLE;
    return "%.1f stmt (%.1f sel, %.1f ins, %.1f upd, %.1f del%s; %.1f engine, %.1f dossier) in %.1f round trips, %.2f commits"
        .formatted(s.statements() / n, s.selects() / n, s.inserts() / n, s.updates() / n, s.deletes() / n,
            s.others() == 0 ? "" : ", %.1f overig".formatted(s.others() / n), (s.statements() - s.domain()) / n,
            s.domain() / n, s.roundTrips() / n, s.commits() / n);
  }

  // --- the walks -------------------------------------------------------------------------------------------

  /** One lifecycle; returns the process instance id. */
  interface Walk {
    String walk();
  }

  /** Our case, as its users walk it. */
  final class Ours implements Walk {
    private final Steps steps;

    Ours(Steps steps) {
      this.steps = steps;
    }

    @Override
    public String walk() {
      String reference = steps.run("start (eigen: aanmelding via REST)", () -> {
        Http.Response response = cmd().postJson("/api/handoffs", HandoffJson.valid("geldrop-mierlo"),
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (response.status() != 201) {
          throw new IllegalStateException("handoff refused: " + response.status() + " " + response.body());
        }
        return response.json().get("caseReference").asText();
      });
      String pi = StatementCounts.uncounted(() -> runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(reference).singleResult().getId());
      Long caseFileId = StatementCounts.uncounted(() -> caseFiles.findByReference(reference).orElseThrow().getId());
      submit(pi, Elements.DISTRIBUTE, Map.of(CaseProcess.Variables.LEAD, CaseWalk.ANNA,
          CaseProcess.Variables.PARTNER, CaseWalk.BRAM));
      submit(pi, Elements.CONDUCT_INTAKE, Dossiers.submit(Dossiers.intake(true)));
      for (String nextStep : List.of("doorgaan", "afsluiten")) {
        submit(pi, Elements.DRAFT_PLAN, Dossiers.submit(Dossiers.plan(Dossiers.today().plusMonths(6))));
        submit(pi, Elements.RECORD_CONSENT, Dossiers.submit(Dossiers.consent(true)));
        timer(steps, pi, Elements.EVALUATION_INTERVAL);
        List<Long> goals = StatementCounts.uncounted(() -> plans.current(caseFileId).orElseThrow().getGoals().stream()
            .map(PlanGoal::getId).toList());
        submit(pi, Elements.EVALUATE, Dossiers.submit(Dossiers.evaluation(goals, nextStep)));
      }
      submit(pi, Elements.CLOSE_CASE, Dossiers.submit(Dossiers.closing()));
      return pi;
    }

    private void submit(String pi, String taskKey, Map<String, Object> variables) {
      String taskId = taskId(pi, taskKey);
      steps.run(taskKey, () -> {
        formService.submitTaskForm(taskId, variables);
        return null;
      });
    }
  }

  /** The bare model: same tasks in the same order, plain engine API. */
  final class Bare implements Walk {
    private final Steps steps;

    Bare(Steps steps) {
      this.steps = steps;
    }

    @Override
    public String walk() {
      String pi = steps.run("start (eigen: aanmelding via REST)",
          () -> runtimeService.startProcessInstanceByKey(BARE_KEY).getId());
      complete(pi, Elements.DISTRIBUTE, Map.of(CaseProcess.Variables.LEAD, CaseWalk.ANNA,
          CaseProcess.Variables.PARTNER, CaseWalk.BRAM));
      complete(pi, Elements.CONDUCT_INTAKE, Map.of());
      for (String nextStep : List.of("doorgaan", "afsluiten")) {
        complete(pi, Elements.DRAFT_PLAN, Map.of());
        complete(pi, Elements.RECORD_CONSENT, Map.of(CaseProcess.Variables.PLAN_CONSENTED, true));
        timer(steps, pi, Elements.EVALUATION_INTERVAL);
        complete(pi, Elements.EVALUATE, Map.of(CaseProcess.Variables.NEXT_STEP, nextStep));
      }
      complete(pi, Elements.CLOSE_CASE, Map.of());
      return pi;
    }

    private void complete(String pi, String taskKey, Map<String, Object> variables) {
      String taskId = taskId(pi, taskKey);
      steps.run(taskKey, () -> {
        taskService.complete(taskId, variables);
        return null;
      });
    }
  }

  private Http cmd;

  /** The CMD's client: one HTTP client with its connections, as a CMD system keeps (not one per handoff). */
  private synchronized Http cmd() {
    if (cmd == null) {
      cmd = Http.basic(port, "cmd.geldropmierlo", "cmd.geldropmierlo");
    }
    return cmd;
  }

  private String taskId(String pi, String taskKey) {
    return StatementCounts.uncounted(() -> taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(taskKey).singleResult().getId());
  }

  private void timer(Steps steps, String pi, String activityId) {
    String jobId = StatementCounts.uncounted(() -> managementService.createJobQuery().processInstanceId(pi)
        .activityId(activityId).singleResult().getId());
    steps.run("timer: " + activityId, () -> {
      managementService.executeJob(jobId);
      return null;
    });
  }

  // --- measuring ---------------------------------------------------------------------------------------------

  record StepCost(int times, StatementCounts.Snapshot sum, long nanos) {
    static final StepCost NONE = new StepCost(0, StatementCounts.Snapshot.ZERO, 0);

    String describe() {
      if (times == 0) {
        return "–";
      }
      double n = times;
      return "%.1f stmt (sel/ins/upd/del %.1f/%.1f/%.1f/%.1f, %.1f round trips), %.1f commits, %.1f ms".formatted(
          sum.statements() / n, sum.selects() / n, sum.inserts() / n, sum.updates() / n, sum.deletes() / n,
          sum.roundTrips() / n, sum.commits() / n, nanos / n / 1e6);
    }
  }

  /** The statements each step costs; only in the single-threaded counting pass (the counters are global). */
  static class Steps {
    static final Steps NONE = new Steps("") {
      @Override
      <T> T run(String step, Supplier<T> work) {
        return work.get();
      }
    };

    private final Map<String, StepCost> costs = new LinkedHashMap<>();
    private final String model;

    Steps(String model) {
      this.model = model;
    }

    <T> T run(String step, Supplier<T> work) {
      StatementCounts.label(model + ": " + step);
      StatementCounts.Snapshot before = StatementCounts.now();
      long start = System.nanoTime();
      T result = work.get();
      long nanos = System.nanoTime() - start;
      StatementCounts.Snapshot spent = StatementCounts.now().minus(before);
      costs.merge(step, new StepCost(1, spent, nanos),
          (a, b) -> new StepCost(a.times() + 1, a.sum().plus(b.sum()), a.nanos() + b.nanos()));
      return result;
    }

    Map<String, StepCost> perStep() {
      return costs;
    }

    StatementCounts.Snapshot total() {
      return costs.values().stream().map(StepCost::sum).reduce(StatementCounts.Snapshot.ZERO,
          StatementCounts.Snapshot::plus);
    }

    /** The steps that cost the most statements per lifecycle. */
    String costliest(int n) {
      return costs.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum().statements(), a.getValue().sum().statements()))
          .limit(n).map(e -> "%s %s ×%d".formatted(e.getKey(), e.getValue().describe(),
              e.getValue().times() / COUNTED))
          .reduce((a, b) -> a + "; " + b).orElse("");
    }
  }

  record Run(List<String> instances, int completions, double seconds, long cpuNanos) {
    double cpuMillisPerCompletion() {
      return cpuNanos / 1e6 / completions;
    }

    double lifecyclesPerSecond() {
      return instances.size() / seconds;
    }

    double completionsPerSecond() {
      return completions / seconds;
    }
  }

  /** Walks {@code lifecycles} whole lifecycles on {@link #THREADS} client threads; each thread walks whole cases. */
  private Run runConcurrently(Walk walk, int lifecycles) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> results = new ArrayList<>();
    long cpuStart = PROCESS.getProcessCpuTime();
    long start = System.nanoTime();
    try {
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(() -> {
          List<String> walked = new ArrayList<>();
          while (next.getAndIncrement() < lifecycles) {
            walked.add(walk.walk());
          }
          return walked;
        }));
      }
      List<String> instances = new ArrayList<>();
      for (Future<List<String>> result : results) {
        instances.addAll(result.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long cpuNanos = PROCESS.getProcessCpuTime() - cpuStart;
      assertThat(instances).hasSize(lifecycles).doesNotHaveDuplicates();
      return new Run(instances, instances.size() * COMPLETIONS_PER_LIFECYCLE, seconds, cpuNanos);
    } finally {
      pool.shutdownNow();
    }
  }

  // --- correctness: a broken walk must not produce a number --------------------------------------------------

  private void assertCasesClosed(List<String> instances) {
    for (String pi : instances) {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(pi)
          .singleResult();
      assertThat(instance.getEndTime()).as("case %s ended", pi).isNotNull();
      assertThat(instance.getEndActivityId()).isEqualTo(Elements.CASE_CLOSED);
      assertThat(caseFiles.findByReference(instance.getBusinessKey()).orElseThrow().getStatus())
          .isEqualTo(CaseStatus.CLOSED);
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi).finished().list())
          .as("user tasks completed in case %s", pi)
          .extracting(t -> t.getTaskDefinitionKey() + "/" + t.getDeleteReason()).hasSize(COMPLETIONS_PER_LIFECYCLE);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
          .activityId(Elements.EVALUATION_INTERVAL).finished().count()).isEqualTo(TIMERS_PER_LIFECYCLE);
    }
  }

  private void assertBareEnded(List<String> instances) {
    for (String pi : instances) {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(pi)
          .singleResult();
      assertThat(instance.getProcessDefinitionKey()).isEqualTo(BARE_KEY);
      assertThat(instance.getEndTime()).as("bare instance %s ended", pi).isNotNull();
      assertThat(instance.getEndActivityId()).isEqualTo(Elements.CASE_CLOSED);
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi).finished().count())
          .isEqualTo(COMPLETIONS_PER_LIFECYCLE);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
          .activityId(Elements.EVALUATION_INTERVAL).finished().count()).isEqualTo(TIMERS_PER_LIFECYCLE);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
