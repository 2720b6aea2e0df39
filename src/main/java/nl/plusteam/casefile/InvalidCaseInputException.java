package nl.plusteam.casefile;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a user gave in a task form that the dossier cannot accept. The message is Dutch and shown in
 * Tasklist; the engine rolls the whole completion back, so nothing is half-written. It is a form
 * validation failure to the engine, so the REST API answers 400 instead of 500.
 */
public class InvalidCaseInputException extends FormFieldValidationException {

  public InvalidCaseInputException(String message) {
    super("dossier", message);
  }
}
