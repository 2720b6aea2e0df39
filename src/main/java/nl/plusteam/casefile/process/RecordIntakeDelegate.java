package nl.plusteam.casefile.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.InvalidCaseInputException;

/** "Intake vastleggen": records the date the intake conversation was held. */
@Component
public class RecordIntakeDelegate implements JavaDelegate {

  private final CaseFileService caseFiles;

  RecordIntakeDelegate(CaseFileService caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    caseFiles.recordIntakeHeld(
        (Long) execution.getVariable(CaseProcess.Variables.CASE_FILE_ID),
        parseDate(execution.getVariable(CaseProcess.Variables.INTAKE_DATE)));
  }

  static LocalDate parseDate(Object value) {
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        // Camunda Forms' date picker submits ISO dates (2026-11-23), sometimes with a time part.
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        throw new InvalidCaseInputException("'" + text + "' is geen geldige datum (verwacht jjjj-mm-dd).");
      }
    }
    throw new InvalidCaseInputException("Vul de datum van het intakegesprek in.");
  }
}
