package nl.plusteam.simulation;

import java.util.Map;

/** Input the simulator refuses, with a Dutch message per field; nothing was started. */
public class InvalidSimulationInputException extends RuntimeException {

  private final transient Map<String, String> problems;

  public InvalidSimulationInputException(Map<String, String> problems) {
    super("Ongeldige invoer voor de simulatie: " + String.join(" ", problems.values()));
    this.problems = Map.copyOf(problems);
  }

  public Map<String, String> problems() {
    return problems;
  }
}
