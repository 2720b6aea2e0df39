package nl.plusteam.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.DeadlineKind;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.demo.CaseHistory;
import nl.plusteam.demo.CaseHistoryDriver;
import nl.plusteam.demo.CaseScript;

/**
 * The capacity simulator: a team of the given size works a year (or any number of weeks) of handoffs through the
 * deployed models on the simulated engine clock, paced by the {@link CapacityModel}; every week it reads what the
 * application recorded (dossiers, breaches, caseloads) into a row.
 *
 * <p>The engine clock is global to the JVM: never run this where a job executor runs (the live application).
 * The command line ({@link CapacitySimulatorCli}) and the dashboard (through a child JVM) use their own JVM.
 */
@Service
public class CapacitySimulator {

  private static final Logger LOG = LoggerFactory.getLogger(CapacitySimulator.class);
  /** The first reported week; warm-up weeks come before it. Fixed, so the seasons fall in the same weeks. */
  static final LocalDate FIRST_REPORTED_MONDAY = LocalDate.of(2027, 1, 4);
  private static final Set<CaseStatus> WAITING_FOR_INTAKE = EnumSet.of(CaseStatus.RECEIVED, CaseStatus.ASSIGNED);
  private static final AtomicLong RUNS = new AtomicLong();

  private final CaseHistoryDriver driver;
  private final CaseloadService caseloads;
  private final SimulationTeam team;
  private final SimulationFacts facts;
  private final ProcessEngine processEngine;

  CapacitySimulator(CaseHistoryDriver driver, CaseloadService caseloads, SimulationTeam team, SimulationFacts facts,
      ProcessEngine processEngine) {
    this.driver = driver;
    this.caseloads = caseloads;
    this.team = team;
    this.facts = facts;
    this.processEngine = processEngine;
  }

  /** Runs the simulation; the run's cases stay in the database (the command line's database is its own). */
  public SimulationResult run(SimulationInput input) {
    return run(input, false);
  }

  /** @param discard delete the run's process instances afterwards (tests share their engine with other tests) */
  SimulationResult run(SimulationInput input, boolean discard) {
    Map<String, String> problems = input.problems();
    if (!problems.isEmpty()) {
      throw new InvalidSimulationInputException(problems);
    }
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getJobExecutor();
    if (jobExecutor != null && jobExecutor.isActive()) {
      throw new IllegalStateException("De simulatie verzet de klok van de engine en draait daarom niet naast de "
          + "jobexecutor: start haar in een eigen JVM (CapacitySimulatorCli).");
    }
    long started = System.nanoTime();
    // ids only: the results do not depend on them
    String run = "sim" + Long.toString(System.currentTimeMillis(), 36) + RUNS.incrementAndGet();
    List<String> generalists = team.create(run, input.generalists());
    LocalDate from = FIRST_REPORTED_MONDAY.minusWeeks(input.warmUpWeeks());
    int totalWeeks = input.warmUpWeeks() + input.weeks();
    LocalDate until = from.plusWeeks(totalWeeks);
    SplittableRandom random = new SplittableRandom(input.seed());
    SplittableRandom absenceRandom = random.split();
    SplittableRandom handoffRandom = random.split();
    List<CaseScript> scripts = SimulatedHandoffs.generate(input, from, totalWeeks, handoffRandom, run + "-",
        generalists);
    Weeks weeks = new Weeks(input, run + "-", generalists, from);
    CapacityModel model = new CapacityModel(input, generalists, from, until, absenceRandom,
        () -> caseloadsOf(generalists).loads(), weeks::ended);
    weeks.model = model;
    LOG.info("Simulatie {}: {} generalisten, {} aanmeldingen over {} weken (waarvan {} inloop)", run,
        generalists.size(), scripts.size(), totalWeeks, input.warmUpWeeks());
    CaseHistory history = driver.run(scripts, until.atStartOfDay(CapacityModel.AMSTERDAM), model);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!history.failures().isEmpty()) {
      LOG.warn("Simulatie {}: {} casussen konden niet verder, bijvoorbeeld: {}", run, history.failures().size(),
          history.failures().get(0).message());
    }
    if (discard) {
      discard(history);
    }
    return new SimulationResult(input, weeks.norm, weeks.rows, weeks.summary(),
        new SimulationResult.Run(history.cases(), history.tasksCompleted(), history.jobsExecuted(),
            history.failures().size(), FIRST_REPORTED_MONDAY, until, Math.round(seconds * 10) / 10.0));
  }

  private void discard(CaseHistory history) {
    List<String> instances = history.byScript().values().stream().map(CaseHistory.Case::processInstanceId).toList();
    if (!instances.isEmpty()) {
      processEngine.getRuntimeService().deleteProcessInstancesIfExists(instances, "Simulatie opgeruimd", true, true,
          false);
    }
  }

  private record Caseloads(Map<String, Double> loads, double norm) {}

  private Caseloads caseloadsOf(List<String> generalists) {
    CaseloadService.Overview overview = caseloads.overview();
    Map<String, Double> loads = new LinkedHashMap<>();
    for (String generalist : generalists) {
      loads.put(generalist, overview.of(generalist).weighted());
    }
    return new Caseloads(loads, overview.norm());
  }

  /** The weekly rows, read from the application at the end of each week. */
  private final class Weeks {
    final SimulationInput input;
    final String keyPrefix;
    final List<String> generalists;
    final LocalDate from;
    final List<SimulationResult.Week> rows = new ArrayList<>();
    final Set<Long> intakeBreached = new HashSet<>();
    final List<Long> daysToIntake = new ArrayList<>();
    CapacityModel model;
    double norm;
    int backlogAtEnd;

    final long started = System.nanoTime();

    Weeks(SimulationInput input, String keyPrefix, List<String> generalists, LocalDate from) {
      this.input = input;
      this.keyPrefix = keyPrefix;
      this.generalists = generalists;
      this.from = from;
    }

    void ended(Instant at) {
      ZonedDateTime end = ZonedDateTime.ofInstant(at, CapacityModel.AMSTERDAM);
      ZonedDateTime start = end.minusWeeks(1);
      int week = (int) ChronoUnit.WEEKS.between(from, start.toLocalDate()) + 1 - input.warmUpWeeks();
      List<SimulationFacts.CaseRow> cases = facts.cases(keyPrefix);
      Set<Long> ours = new HashSet<>();
      cases.forEach(c -> ours.add(c.id()));
      int intakeBreaches = 0;
      int planBreaches = 0;
      for (SimulationFacts.BreachRow breach : facts.breaches(start.toInstant(), at)) {
        if (ours.contains(breach.caseFileId())) {
          if (breach.kind() == DeadlineKind.INTAKE) {
            intakeBreaches++;
            intakeBreached.add(breach.caseFileId());
          } else {
            planBreaches++;
          }
        }
      }
      Caseloads loads = caseloadsOf(generalists);
      norm = loads.norm();
      int done = week + input.warmUpWeeks();
      if (done % 13 == 0) {
        LOG.info("Simulatie: week {} van {} doorgerekend ({} s)", done, input.warmUpWeeks() + input.weeks(),
            Math.round((System.nanoTime() - started) / 1e9));
      }
      if (week < 1) {
        return;
      }
      LocalDate monday = start.toLocalDate();
      LocalDate nextMonday = end.toLocalDate();
      int handoffs = 0;
      int backlog = 0;
      int intakes = 0;
      int onTime = 0;
      for (SimulationFacts.CaseRow row : cases) {
        if (!row.openedAt().isBefore(start.toInstant()) && row.openedAt().isBefore(at)) {
          handoffs++;
        }
        if (WAITING_FOR_INTAKE.contains(row.status())) {
          backlog++;
        }
        LocalDate held = row.intakeHeldOn();
        if (held != null && !held.isBefore(monday) && held.isBefore(nextMonday)) {
          intakes++;
          if (!intakeBreached.contains(row.id())) {
            onTime++;
          }
          daysToIntake.add(ChronoUnit.DAYS.between(
              LocalDate.ofInstant(row.openedAt(), CapacityModel.AMSTERDAM), held));
        }
      }
      double total = loads.loads().values().stream().mapToDouble(Double::doubleValue).sum();
      double max = loads.loads().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      int aboveNorm = (int) loads.loads().values().stream().filter(load -> load > loads.norm()).count();
      backlogAtEnd = backlog;
      rows.add(new SimulationResult.Week(week, monday, handoffs, backlog, intakes, onTime,
          SimulationResult.percent(onTime, intakes), round(total / generalists.size()), round(max), aboveNorm,
          intakeBreaches, planBreaches, round(model.absentInWeek(monday))));
    }

    SimulationResult.Summary summary() {
      int handoffs = rows.stream().mapToInt(SimulationResult.Week::handoffs).sum();
      int intakes = rows.stream().mapToInt(SimulationResult.Week::intakesHeld).sum();
      int onTime = rows.stream().mapToInt(SimulationResult.Week::intakesOnTime).sum();
      SimulationResult.Week last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      List<Long> sorted = daysToIntake.stream().sorted().toList();
      double median = sorted.isEmpty() ? 0 : sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
          : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
      return new SimulationResult.Summary(handoffs, intakes, onTime, SimulationResult.percent(onTime, intakes),
          rows.stream().mapToInt(SimulationResult.Week::intakeBreaches).sum(),
          rows.stream().mapToInt(SimulationResult.Week::planBreaches).sum(), backlogAtEnd,
          last == null ? 0 : last.averageCaseload(), last == null ? 0 : last.maxCaseload(), median);
    }
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

}
