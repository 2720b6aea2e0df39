package nl.plusteam.caseload.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.casefile.process.CaseEngine;
import nl.plusteam.caseload.Availability;
import nl.plusteam.caseload.CaseRole;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.evaluation.EvaluationService;
import nl.plusteam.system.DutchDates;

/**
 * What the caseload forms show (task-local, gone with the task): one generalist's cases with role, phase, open
 * deadlines and overdue items, next and last evaluation, and the weighted caseload against the norm; and the
 * generalists to choose from, with their caseload. Only references, dates and staff names; no household data.
 */
@Component
public class CaseloadForms {

  private final CaseloadService caseloads;
  private final CaseEngine engine;
  private final EvaluationService evaluations;
  private final GeneralistDirectory generalists;
  private final Availability availability;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  CaseloadForms(CaseloadService caseloads, CaseEngine engine, EvaluationService evaluations,
      GeneralistDirectory generalists, Availability availability, ObjectMapper objectMapper, Clock clock) {
    this.caseloads = caseloads;
    this.engine = engine;
    this.evaluations = evaluations;
    this.generalists = generalists;
    this.availability = availability;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  /** Puts one generalist's caseload on the task: name, summary, the cases table and the cases to choose from. */
  public CaseloadService.Detail offerCaseload(DelegateTask task, String userId) {
    CaseloadService.Detail detail = caseloads.detailOf(userId);
    task.setVariableLocal(CaseloadTalkProcess.Variables.GENERALIST_NAME, generalists.nameOf(userId));
    task.setVariableLocal(CaseloadTalkProcess.Variables.CASELOAD_SUMMARY, summary(detail));
    task.setVariableLocal(CaseloadTalkProcess.Variables.CASE_ROWS, json(rows(detail)));
    ArrayNode options = objectMapper.createArrayNode();
    detail.cases().forEach(line -> options.addObject()
        .put("label", line.caseFile().getReference() + " — " + line.role().label() + " — "
            + line.caseFile().getStatus().label())
        .put("value", line.caseFile().getReference()));
    task.setVariableLocal(CaseloadTalkProcess.Variables.CASE_OPTIONS, json(options));
    return detail;
  }

  /** "Gewogen caseload 18,5 van de norm 23: 21 casussen (12 als regisseur, 8 als duopartner, 1 als derde betrokkene)." */
  public static String summary(CaseloadService.Detail detail) {
    double weighted = detail.caseload().weighted();
    String text = "Gewogen caseload **" + CaseloadService.format(weighted) + "** van de norm "
        + CaseloadService.format(detail.norm()) + ": " + detail.cases().size()
        + (detail.cases().size() == 1 ? " casus" : " casussen") + " (" + detail.count(CaseRole.REGISSEUR)
        + " als regisseur, " + detail.count(CaseRole.DUOPARTNER) + " als duopartner, "
        + detail.count(CaseRole.DERDE_BETROKKEN) + " als derde betrokkene).";
    if (detail.caseload().aboveNorm(detail.norm())) {
      text += " ⚠ Boven de norm.";
    }
    return text;
  }

  /** The cases table: per case reference, role, phase, open deadlines (overdue marked), next and last evaluation. */
  ArrayNode rows(CaseloadService.Detail detail) {
    Set<String> references = detail.cases().stream().map(line -> line.caseFile().getReference())
        .collect(Collectors.toSet());
    Map<String, List<Task>> tasks = engine.openTasksOf(references);
    Map<String, Date> next = engine.nextEvaluations(detail.cases().stream()
        .map(line -> line.caseFile().getProcessInstanceId()).collect(Collectors.toSet()));
    Map<Long, LocalDate> last = evaluations.lastEvaluations(detail.cases().stream()
        .map(line -> line.caseFile().getId()).toList());
    Date now = Date.from(clock.instant());
    ArrayNode rows = objectMapper.createArrayNode();
    for (CaseloadService.CaseLine line : detail.cases()) {
      CaseFile caseFile = line.caseFile();
      List<String> open = new ArrayList<>();
      int overdue = 0;
      for (Task task : tasks.getOrDefault(caseFile.getReference(), List.of())) {
        if (task.getDueDate() == null) {
          open.add(task.getName());
        } else if (task.getDueDate().before(now)) {
          overdue++;
          open.add("⚠ " + task.getName() + ": verlopen op " + date(task.getDueDate()));
        } else {
          open.add(task.getName() + ": uiterlijk " + date(task.getDueDate()));
        }
      }
      Date nextEvaluation = next.get(caseFile.getProcessInstanceId());
      rows.addObject()
          .put("reference", caseFile.getReference())
          .put("role", line.role().label() + " (" + CaseloadService.format(line.weight()) + ")")
          .put("phase", caseFile.getStatus().label())
          .put("deadlines", open.isEmpty() ? "—" : String.join("; ", open))
          .put("overdue", overdue == 0 ? "—" : "⚠ " + overdue)
          .put("nextEvaluation", nextEvaluation == null ? "—" : date(nextEvaluation))
          .put("lastEvaluation", last.containsKey(caseFile.getId()) ? DutchDates.format(last.get(caseFile.getId()))
              : "nog niet");
    }
    return rows;
  }

  /**
   * The generalists to choose from for new work, with their weighted caseload against the norm and a warning
   * where the given weight would take them above it. Absent generalists get no new work and are left out.
   */
  public ArrayNode generalistOptions(CaseloadService.Overview overview, double weightOfNewWork) {
    Set<String> absent = availability.unavailableOn(availability.today());
    ArrayNode options = objectMapper.createArrayNode();
    generalists.generalists().stream().filter(user -> !absent.contains(user.getId())).forEach(user -> {
      CaseloadService.Caseload caseload = overview.of(user.getId());
      double after = caseload.weighted() + weightOfNewWork;
      options.addObject()
          .put("label", GeneralistDirectory.displayName(user) + " — " + CaseloadService.format(caseload.weighted())
              + " van " + CaseloadService.format(overview.norm()) + " (" + caseload.cases()
              + (caseload.cases() == 1 ? " casus)" : " casussen)")
              + (after > overview.norm() ? " ⚠ met deze casus " + CaseloadService.format(after) + ": boven de norm" : ""))
          .put("value", user.getId());
    });
    return options;
  }

  /** Puts the generalists to hand a role to on the task, each with the caseload a new lead role would give them. */
  public void offerGeneralists(DelegateTask task) {
    CaseloadService.Overview overview = caseloads.overview();
    task.setVariableLocal(nl.plusteam.casefile.process.CaseProcess.Variables.GENERALIST_OPTIONS,
        json(generalistOptions(overview, overview.leadWeight())));
  }

  public org.camunda.spin.plugin.variable.value.JsonValue json(ArrayNode array) {
    return SpinValues.jsonValue(array.toString()).create();
  }

  private String date(Date date) {
    return DutchDates.format(LocalDate.ofInstant(date.toInstant(), clock.getZone()));
  }
}
