package nl.plusteam.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.plusteam.handoff.Municipality;
import nl.plusteam.system.process.DossierFields;

/**
 * The quarterly report's life: freeze a quarter's figures (both municipalities together and each), take the
 * director's interpretation and make the report final, and read it back unchanged.
 */
@Service
public class QuarterlyReportService {

  public static final int MAX_SUMMARY = 8000;
  public static final int MAX_INTERPRETATION = 4000;
  /** The form field of the summary; the interpretations use the KPI keys. */
  public static final String SUMMARY = "summary";

  private final QuarterlyReportRepository reports;
  private final KpiService kpis;
  private final ObjectMapper json;
  private final Clock clock;

  QuarterlyReportService(QuarterlyReportRepository reports, KpiService kpis, ObjectMapper json, Clock clock) {
    this.reports = reports;
    this.kpis = kpis;
    this.json = json;
    this.clock = clock;
  }

  /** The last quarter that has ended by today: what the quarterly timer reports on. */
  public ReportPeriod lastEndedQuarter() {
    return ReportPeriod.quarterOf(java.time.LocalDate.now(clock), null).previousQuarter();
  }

  /** A quarter that may be reported on: it has ended. */
  public ReportPeriod reportableQuarter(String quarterKey) {
    ReportPeriod quarter = ReportPeriod.parseQuarter(quarterKey, null).orElseThrow(() ->
        new ReportPeriod.InvalidPeriodException("Kies een kwartaal als 2026-Q3 (jaar, Q, kwartaal 1 tot en met 4)."));
    if (!quarter.to().isBefore(java.time.LocalDate.now(clock))) {
      throw new ReportPeriod.InvalidPeriodException("Het " + quarter.label() + " is nog niet voorbij; een rapportage "
          + "bevriest de cijfers van een afgelopen kwartaal.");
    }
    return quarter;
  }

  public boolean exists(ReportPeriod quarter) {
    return reports.existsByQuarterKey(quarter.quarterKey());
  }

  /**
   * Freezes the quarter's figures; empty when the quarter already has a report of another process (the timer and
   * a request met). A repeated step of the process that froze it gets its own report back.
   */
  @Transactional
  public Optional<QuarterlyReport> freeze(ReportPeriod quarter, String processInstanceId) {
    Optional<QuarterlyReport> existing = reports.findByQuarterKey(quarter.quarterKey());
    if (existing.isPresent()) {
      return existing.filter(report -> processInstanceId != null && processInstanceId.equals(report.getProcessInstanceId()));
    }
    List<FrozenFigures.Scope> scopes = new ArrayList<>();
    KpiService.KpiReport total = kpis.compute(quarter.withMunicipality(null));
    scopes.add(scope(total, null));
    for (Municipality municipality : Municipality.values()) {
      scopes.add(scope(kpis.compute(quarter.withMunicipality(municipality)), municipality));
    }
    FrozenFigures frozen = new FrozenFigures(total.asOf(), total.computedAt(), scopes);
    return Optional.of(reports.saveAndFlush(new QuarterlyReport(quarter, write(frozen), total.asOf(), clock.instant(),
        processInstanceId)));
  }

  private static FrozenFigures.Scope scope(KpiService.KpiReport report, Municipality municipality) {
    return new FrozenFigures.Scope(municipality == null ? null : municipality.code(),
        report.period().municipalityLabel(), report.figures().stream().map(FigureView::of).toList());
  }

  /**
   * The director's interpretation from the form "Duiding toevoegen": a summary for the boards, and a text per KPI,
   * required for every orange or red light. Then the report is final.
   */
  @Transactional
  public QuarterlyReport finalise(Long reportId, JsonNode dossier, String actor) {
    QuarterlyReport report = get(reportId);
    DossierFields fields = DossierFields.of(dossier);
    String summary = fields.text(SUMMARY, "de samenvatting voor het bestuur", MAX_SUMMARY);
    Map<String, String> interpretations = new TreeMap<>();
    for (FigureView figure : figures(report).total().figures()) {
      String text = fields.optionalText(figure.key(), "de duiding bij " + figure.label(), MAX_INTERPRETATION);
      if (text != null) {
        interpretations.put(figure.key(), text);
      } else if ("oranje".equals(figure.light()) || "rood".equals(figure.light())) {
        fields.problem("geef een duiding bij '" + figure.label() + "': het stoplicht staat op " + figure.light() + ".");
      }
    }
    if (report.isFinal()) {
      if (summary != null && hash(report.getFigures(), summary, interpretations).equals(report.getContentHash())) {
        // the same interpretation again (a repeated step): the report is final with exactly this content
        return report;
      }
      throw new nl.plusteam.casefile.InvalidCaseInputException("De rapportage over het " + report.period().label()
          + " is al definitief en kan niet meer veranderen.");
    }
    fields.orRefuse();
    report.finalise(summary, interpretations, actor, clock.instant(), hash(report.getFigures(), summary, interpretations));
    return report;
  }

  @Transactional(readOnly = true)
  public QuarterlyReport get(Long id) {
    return reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
  }

  @Transactional(readOnly = true)
  public List<QuarterlyReport> all() {
    return reports.findAllByOrderByPeriodFromDesc();
  }

  public Optional<QuarterlyReport> reportOf(ReportPeriod quarter) {
    return reports.findByQuarterKey(quarter.quarterKey());
  }

  public Optional<QuarterlyReport> finalReportOf(ReportPeriod quarter) {
    return reportOf(quarter).filter(QuarterlyReport::isFinal);
  }

  public FrozenFigures figures(QuarterlyReport report) {
    try {
      return json.readValue(report.getFigures(), FrozenFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("De cijfers van rapportage " + report.getQuarterKey() + " zijn niet leesbaar", e);
    }
  }

  /** True when a final report's content is exactly what was finalised. */
  public boolean intact(QuarterlyReport report) {
    return report.isFinal() && hash(report.getFigures(), report.getSummary(), report.getInterpretations())
        .equals(report.getContentHash());
  }

  private String write(FrozenFigures frozen) {
    try {
      return json.writeValueAsString(frozen);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("De cijfers konden niet worden bewaard", e);
    }
  }

  static String hash(String figures, String summary, Map<String, String> interpretations) {
    StringBuilder content = new StringBuilder(figures).append('\n').append(summary);
    new TreeMap<>(interpretations).forEach((kpi, text) -> content.append('\n').append(kpi).append('=').append(text));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No report with this id. */
  public static class ReportNotFoundException extends RuntimeException {
    ReportNotFoundException(Long id) {
      super("Er is geen kwartaalrapportage met nummer " + id + ".");
    }
  }
}
