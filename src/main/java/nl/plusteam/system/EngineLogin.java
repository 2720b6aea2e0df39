package nl.plusteam.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Runs engine work under another login than the caller's on this thread, and puts the caller's back after. */
public final class EngineLogin {

  private EngineLogin() {}

  /** Runs the work as {@code login}, or as the system (no login, no authorization checks) when it is null. */
  public static <T> T as(IdentityService identity, Authentication login, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    if (login == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(login);
    }
    try {
      return work.get();
    } finally {
      if (caller == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(caller);
      }
    }
  }
}
