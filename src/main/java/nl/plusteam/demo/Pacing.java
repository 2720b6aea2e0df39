package nl.plusteam.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When the answers a script gives actually happen, and who gives them. The {@link #SCRIPTED} pacing keeps the
 * script's fixed offsets (the demo year, the known-answer tests); the capacity simulator books each generalist's
 * task into that generalist's working hours instead, chooses the team at distribution, and looks at the state of
 * the application at checkpoints (every simulated week). Everything else stays the driver's: the real models, the
 * forms' input and the engine's jobs at their due dates.
 */
public interface Pacing {

  /** The script's moments, the script's team, no checkpoints. */
  Pacing SCRIPTED = new Pacing() {};

  /**
   * A task the script is about to answer.
   *
   * @param assignee the task's assignee (the lead, for a generalist's task); {@code null} for a group task
   * @param opened when the model created the task
   * @param scriptedAt when the script would answer it
   * @param scriptedUser who the script has answer it; {@code null}: the demo user of the task's group
   */
  record Request(CaseScript script, String taskKey, String assignee, Instant opened, Instant scriptedAt,
      String scriptedUser) {}

  /** When the task is answered and by whom; {@code user} null: the demo user of the task's group. */
  record Turn(Instant at, String user) {}

  /** The lead and duo partner the team manager chooses in "Aanmelding verdelen". */
  record Duo(String lead, String partner) {}

  default Turn turn(Request request) {
    return new Turn(request.scriptedAt(), request.scriptedUser());
  }

  /** Asked at the moment the team manager submits the distribution form. */
  default Duo distribute(CaseScript script, LocalDate today) {
    return new Duo(script.lead(), script.partner());
  }

  /** The first checkpoint strictly after {@code after}; empty: none. */
  default Optional<Instant> nextCheckpoint(Instant after) {
    return Optional.empty();
  }

  /** Called with the engine clock at the checkpoint, after everything due before it happened. */
  default void checkpoint(Instant at) {}
}
