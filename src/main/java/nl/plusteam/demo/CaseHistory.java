package nl.plusteam.demo;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What a {@link CaseHistoryDriver} run did: how many cases it handed off, tasks it completed, referrals it
 * registered, safety signals it raised and engine jobs it executed, how long it took, and which case each script
 * became.
 *
 * @param failures steps the application refused; the driver stops driving such a case and goes on with the rest
 */
public record CaseHistory(int cases, int tasksCompleted, int referralsRegistered, int safetySignalsRaised,
    int jobsExecuted, Duration duration, Map<CaseScript, Case> byScript, List<Failure> failures) {

  public CaseHistory {
    // by identity: two scripts may be equal as values and still be two households
    byScript = Collections.unmodifiableMap(new IdentityHashMap<>(byScript));
    failures = List.copyOf(failures);
  }

  /** The case a script became: its reference (the business key), process instance and dossier id. */
  public record Case(String caseReference, String processInstanceId, Long caseFileId) {}

  /** A step the application refused, with its (Dutch) reason. */
  public record Failure(CaseScript script, String step, String message) {}

  public Case of(CaseScript script) {
    Case driven = byScript.get(script);
    if (driven == null) {
      throw new NoSuchElementException("Script " + script.key() + " was not handed off (before the end, without failure)");
    }
    return driven;
  }

  public double casesPerSecond() {
    return duration.isZero() ? cases : cases * 1000.0 / duration.toMillis();
  }
}
