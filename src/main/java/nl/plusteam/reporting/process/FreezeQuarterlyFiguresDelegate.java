package nl.plusteam.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.reporting.QuarterlyReport;
import nl.plusteam.reporting.QuarterlyReportService;
import nl.plusteam.reporting.ReportPeriod;

/** "Cijfers bevriezen": the quarter's KPIs are computed once and kept as they are; the report waits for its interpretation. */
@Component
public class FreezeQuarterlyFiguresDelegate implements JavaDelegate {

  private final QuarterlyReportService reports;

  FreezeQuarterlyFiguresDelegate(QuarterlyReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String asked = (String) execution.getVariable(ReportProcess.Variables.QUARTER);
    ReportPeriod quarter = asked == null ? reports.lastEndedQuarter() : reports.reportableQuarter(asked);
    execution.setVariable(ReportProcess.Variables.QUARTER, quarter.quarterKey());
    execution.setVariable(ReportProcess.Variables.PERIOD_LABEL, quarter.label());
    QuarterlyReport report = reports.freeze(quarter, execution.getProcessInstanceId()).orElse(null);
    execution.setVariable(ReportProcess.Variables.NEW_REPORT, report != null);
    if (report != null) {
      execution.setVariable(ReportProcess.Variables.REPORT_ID, report.getId());
    }
  }
}
