package nl.plusteam.system.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did it: the logged-in user completing the task, or the engine itself (timers, system calls). */
public final class Actors {

  public static final String SYSTEM = "systeem";

  private Actors() {}

  public static String current(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }

  /** A key unique to this step of this case, so that a retried step recognises what it already recorded. */
  public static String sourceKey(DelegateExecution execution) {
    return execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId();
  }
}
