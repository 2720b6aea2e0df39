package nl.plusteam.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.reporting.QuarterlyReportService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Rapportage definitief maken": the director's interpretation goes to the report, which is final from then on. */
@Component
public class FinaliseQuarterlyReportDelegate implements JavaDelegate {

  private final QuarterlyReportService reports;

  FinaliseQuarterlyReportDelegate(QuarterlyReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long reportId = (Long) execution.getVariable(ReportProcess.Variables.REPORT_ID);
    reports.finalise(reportId, DossierInput.take(execution), Actors.current(execution));
  }
}
