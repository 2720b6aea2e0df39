package nl.plusteam.demo;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.handoff.HandoffService;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.security.Roles;

/**
 * Walks households through the deployed {@code casus} model on a simulated engine clock, as the people involved
 * would: the CMD hands off through the handoff service, the team manager, the generalists and the CMD complete
 * their tasks with the variables the Tasklist forms submit, logged in as themselves, and the engine's jobs run at
 * their due dates, as the job executor would run them. Used for demo data and for known-answer tests.
 *
 * <p>Stop the job executor while it runs: the engine clock is global. The users are the demo users (profile
 * {@code demo}): {@value #TEAM_MANAGER}, {@value #DIRECTOR}, the CMD user of each municipality and the scripts'
 * generalists.
 */
@Component
public class CaseHistoryDriver {

  /** The demo team manager (DemoUsers), who distributes cases and handles escalations. */
  public static final String TEAM_MANAGER = "teammanager";

  /** The engine and application services a run uses. */
  record Services(ManagementService management, TaskService tasks, FormService forms, IdentityService identity,
      RepositoryService repository, HandoffService handoffs, CaseFileService caseFiles) {}

  private final Services services;

  CaseHistoryDriver(ManagementService management, TaskService tasks, FormService forms, IdentityService identity,
      RepositoryService repository, HandoffService handoffs, CaseFileService caseFiles) {
    this.services = new Services(management, tasks, forms, identity, repository, handoffs, caseFiles);
  }

  /**
   * Plays the scripts up to {@code end}: every handoff, task and referral the scripts describe that falls before
   * it, and every job of these cases due by then. Whatever comes later stays open, as in a running application.
   * The engine clock is reset afterwards, also when the run fails.
   */
  public CaseHistory run(List<CaseScript> scripts, ZonedDateTime end) {
    return run(scripts, end, Pacing.SCRIPTED);
  }

  /**
   * As {@link #run(List, ZonedDateTime)}, with the pacing deciding when (and by whom) each answer happens, which
   * team the team manager chooses, and when the caller looks at the state in between.
   */
  public CaseHistory run(List<CaseScript> scripts, ZonedDateTime end, Pacing pacing) {
    long started = System.nanoTime();
    Simulation simulation = new Simulation(services, scripts, end, pacing);
    try {
      simulation.run();
    } finally {
      services.identity().clearAuthentication();
      ClockUtil.reset();
    }
    return simulation.result(Duration.ofNanos(System.nanoTime() - started));
  }

  /** The demo director (DemoUsers), who gets a missed meldcode term in acute unsafety. */
  public static final String DIRECTOR = "directeur";

  /** The demo user who works the tasks of a group: team manager, director or a municipality's CMD. */
  static Optional<String> demoUserOf(String groupId) {
    if (Roles.TEAM_MANAGER.equals(groupId)) {
      return Optional.of(TEAM_MANAGER);
    }
    if (Roles.DIRECTOR.equals(groupId)) {
      return Optional.of(DIRECTOR);
    }
    return Roles.municipalityOfCmdGroup(groupId).map(CaseHistoryDriver::cmdUserOf);
  }

  /** The demo CMD user of a municipality (DemoUsers). */
  public static String cmdUserOf(Municipality municipality) {
    return switch (municipality) {
      case GELDROP_MIERLO -> "cmd.geldropmierlo";
      case WAALRE -> "cmd.waalre";
    };
  }
}
