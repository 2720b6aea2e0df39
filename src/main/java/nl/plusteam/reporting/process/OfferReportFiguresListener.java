package nl.plusteam.reporting.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.reporting.FigureView;
import nl.plusteam.reporting.FrozenFigures;
import nl.plusteam.reporting.QuarterlyReport;
import nl.plusteam.reporting.QuarterlyReportService;
import nl.plusteam.system.DutchDates;

/**
 * Create listener of "Duiding toevoegen": the frozen figures as a table on the task (task-local, gone with the task):
 * per KPI the value for both municipalities and each, and the light. Aggregates only, no case data.
 */
@Component
public class OfferReportFiguresListener implements TaskListener {

  private final QuarterlyReportService reports;
  private final ObjectMapper json = new ObjectMapper();

  OfferReportFiguresListener(QuarterlyReportService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    QuarterlyReport report = reports.get((Long) task.getVariable(ReportProcess.Variables.REPORT_ID));
    FrozenFigures frozen = reports.figures(report);
    List<FrozenFigures.Scope> scopes = frozen.scopes();
    ArrayNode rows = json.createArrayNode();
    List<FigureView> total = frozen.total().figures();
    for (int i = 0; i < total.size(); i++) {
      FigureView figure = total.get(i);
      ObjectNode row = rows.addObject();
      row.put("kpi", figure.label());
      row.put("light", lightText(figure));
      row.put("total", figure.display());
      int column = 0;
      for (FrozenFigures.Scope scope : scopes) {
        if (scope.municipality() != null) {
          row.put("municipality" + (++column), scope.figures().get(i).display());
        }
      }
    }
    task.setVariableLocal(ReportProcess.Variables.FIGURE_ROWS, SpinValues.jsonValue(rows.toString()).create());
    task.setVariableLocal(ReportProcess.Variables.FROZEN_AT_TEXT,
        DutchDates.format(java.time.LocalDate.ofInstant(report.getFrozenAt(), nl.plusteam.reporting.ReportPeriod.ZONE)));
    task.setName(task.getName() + ": " + report.period().label());
  }

  private static String lightText(FigureView figure) {
    if (figure.light() == null) {
      return "–";
    }
    return switch (figure.light()) {
      case "groen" -> "● Groen";
      case "oranje" -> "▲ Oranje";
      default -> "■ Rood";
    };
  }
}
