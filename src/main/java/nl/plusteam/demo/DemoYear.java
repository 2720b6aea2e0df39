package nl.plusteam.demo;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileRepository;

/**
 * At the first start of the demo (no case files yet) fills the application with a year of case histories, so the
 * KPI dashboard and the quarterly report have something to show: a team of about thirty generalists and
 * {@code plusteam.demo.history.cases} households walked through the real models up to today. Off when that
 * property is 0 (the default). Runs after the demo users exist (DemoUsers, order 10).
 */
@Component
@Profile("demo")
@Order(20)
class DemoYear implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);

  private final int cases;
  private final long seed;
  private final CaseFileRepository caseFiles;
  private final DemoTeam team;
  private final CaseHistoryDriver driver;
  private final ProcessEngine processEngine;
  private final Clock clock;

  DemoYear(@Value("${plusteam.demo.history.cases:0}") int cases, @Value("${plusteam.demo.history.seed:2026}") long seed,
      CaseFileRepository caseFiles, DemoTeam team, CaseHistoryDriver driver, ProcessEngine processEngine, Clock clock) {
    this.cases = cases;
    this.seed = seed;
    this.caseFiles = caseFiles;
    this.team = team;
    this.driver = driver;
    this.processEngine = processEngine;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (cases <= 0) {
      return;
    }
    if (caseFiles.count() > 0) {
      LOG.info("Demo-jaar niet aangemaakt: er zijn al casussen (alleen bij de eerste start)");
      return;
    }
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(CaseScript.AMSTERDAM);
    LOG.info("Demo-jaar aanmaken: {} aanmeldingen over de afgelopen 12 maanden (seed {}) ...", cases, seed);
    // The engine clock is global while the year is played: the job executor must not run meanwhile.
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getJobExecutor();
    boolean wasActive = jobExecutor != null && jobExecutor.isActive();
    if (wasActive) {
      jobExecutor.shutdown();
    }
    try {
      List<String> generalists = team.ensureGeneralists();
      CaseHistory history = driver.run(DemoScripts.year(seed, cases, generalists, now), now);
      report(history, generalists.size());
    } finally {
      ClockUtil.reset();
      if (wasActive) {
        jobExecutor.start();
      }
    }
  }

  private void report(CaseHistory history, int generalists) {
    Map<String, Long> statuses = caseFiles.findAllById(history.byScript().values().stream()
            .map(CaseHistory.Case::caseFileId).toList()).stream()
        .collect(Collectors.groupingBy(c -> c.getStatus().label(), TreeMap::new, Collectors.counting()));
    LOG.info("Demo-jaar aangemaakt in {} s: {} casussen over {} generalisten, {} taken afgerond, {} verwijzingen, "
            + "{} veiligheidssignalen, {} timers afgegaan ({} casussen per seconde)",
        String.format("%.1f", history.duration().toMillis() / 1000.0), history.cases(), generalists,
        history.tasksCompleted(), history.referralsRegistered(), history.safetySignalsRaised(), history.jobsExecuted(),
        String.format("%.0f", history.casesPerSecond()));
    LOG.info("Demo-jaar, casussen per status: {}", statuses);
    if (!history.failures().isEmpty()) {
      LOG.warn("Demo-jaar: {} casussen konden niet verder (zie de waarschuwingen hierboven)", history.failures().size());
    }
  }
}
