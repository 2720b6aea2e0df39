package nl.plusteam.reporting.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.plusteam.reporting.ReportPeriod;

/** The one place reporting starts engine work: a report requested from the dashboard. */
@Component
public class ReportEngine {

  private final RuntimeService runtimeService;

  ReportEngine(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts "Kwartaalrapportage" for an ended quarter; the figures are frozen before this returns. */
  public String requestReport(ReportPeriod quarter) {
    return runtimeService.startProcessInstanceByMessage(ReportProcess.REQUEST_MESSAGE,
        ReportProcess.KEY + "-" + quarter.quarterKey(), Map.of(ReportProcess.Variables.QUARTER, quarter.quarterKey()))
        .getId();
  }
}
