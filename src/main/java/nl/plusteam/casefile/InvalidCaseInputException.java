package nl.plusteam.casefile;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user gave in a task form that the dossier cannot accept. The message is Dutch and shown in
 * Tasklist; the engine rolls the whole completion back, so nothing is half-written.
 */
public class InvalidCaseInputException extends BadUserRequestException {

  public InvalidCaseInputException(String message) {
    super(message);
  }
}
