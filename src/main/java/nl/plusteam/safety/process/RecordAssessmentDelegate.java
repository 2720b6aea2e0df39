package nl.plusteam.safety.process;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.safety.SafetySignalService;
import nl.plusteam.system.process.DeadlineCalendar;

/**
 * "Uitkomst weging vastleggen": keeps the weighing framework's outcome and the decision's deadline with the
 * signal, and gives the decision's forms what they show (the outcome as Dutch text, whether the team
 * manager joins).
 */
@Component
public class RecordAssessmentDelegate implements JavaDelegate {

  private final SafetySignalService signals;
  private final DeadlineCalendar calendar;

  RecordAssessmentDelegate(SafetySignalService signals, DeadlineCalendar calendar) {
    this.signals = signals;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> weighing = (Map<String, Object>) execution.getVariable(ReportingCodeProcess.Variables.WEIGHING);
    if (weighing == null || !(weighing.get("decisionTerm") instanceof String)) {
      // a process owner's edit left this combination without an answer: say so, and record nothing
      throw new InvalidCaseInputException("De beslistabel meldcode-weighing.dmn geeft voor deze weging geen "
          + "uitkomst met een termijn. Vraag de procesbeheerder de tabel aan te vullen; uw weging is niet opgeslagen.");
    }
    String assessment = (String) weighing.get("assessment");
    boolean reportRequired = Boolean.TRUE.equals(weighing.get("reportRequired"));
    // the same moment the decision's boundary timer will get: now plus the table's term
    Date due = calendar.after((String) weighing.get("decisionTerm"), false);
    signals.recordAssessment((Long) execution.getVariable(ReportingCodeProcess.Variables.SAFETY_SIGNAL_ID), assessment,
        reportRequired, due.toInstant());
    execution.setVariable(ReportingCodeProcess.Variables.ASSESSMENT_TEXT,
        SafetySignalService.describe(assessment, reportRequired));
    execution.setVariable(ReportingCodeProcess.Variables.INVOLVE_TEAM_MANAGER,
        Boolean.TRUE.equals(weighing.get("involveTeamManager")));
  }
}
