package nl.plusteam.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.security.CurrentUser;

/**
 * The KPIs for the dashboard: the figures of a period with their lights, the trend over the last quarters, and the
 * cases behind a figure. For the team manager and the director only.
 */
@RestController
@RequestMapping(path = "/api/kpi", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sturingsinformatie", description = "KPI's met stoplichten, trends per kwartaal en de casussen achter een cijfer")
class KpiController {

  static final int MAX_QUARTERS = 12;

  private final KpiService kpis;
  private final QuarterlyReportService reports;
  private final java.time.Clock clock;

  KpiController(KpiService kpis, QuarterlyReportService reports, java.time.Clock clock) {
    this.kpis = kpis;
    this.reports = reports;
    this.clock = clock;
  }

  record PeriodView(LocalDate from, LocalDate to, String label, String municipality, String municipalityLabel,
      OffsetDateTime asOf) {
    static PeriodView of(ReportPeriod period, Instant asOf) {
      return new PeriodView(period.from(), period.to(), period.label(),
          period.municipality() == null ? null : period.municipality().code(), period.municipalityLabel(),
          asOf == null ? null : asOf.atZone(ReportPeriod.ZONE).toOffsetDateTime());
    }
  }

  record KpisView(PeriodView period, OffsetDateTime computedAt, List<FigureView> kpis) {}

  record KpiKey(String key, String label, String unit) {}

  record QuarterPoint(String label, LocalDate from, LocalDate to,
      @com.fasterxml.jackson.annotation.JsonProperty("final") boolean finalReport, boolean running,
      Map<String, Double> values, Map<String, String> lights) {}

  record TrendView(List<KpiKey> kpis, List<QuarterPoint> quarters) {}

  record DrillView(String kpi, String label, PeriodView period, List<DrillItem> items) {}

  @GetMapping
  @Operation(summary = "De KPI's van een periode met stoplichten (standaard het laatste afgelopen kwartaal)")
  @ApiResponse(responseCode = "403", description = "Alleen voor teammanager en directeur")
  KpisView figures(@Parameter(description = "Eerste dag (jjjj-mm-dd)") @RequestParam(name = "van", required = false) String from,
      @Parameter(description = "Laatste dag (jjjj-mm-dd)") @RequestParam(name = "tot", required = false) String to,
      @Parameter(description = "geldrop-mierlo of waalre; leeg: beide") @RequestParam(name = "gemeente", required = false) String municipality,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireKpis(user);
    KpiService.KpiReport report = kpis.compute(period(from, to, municipality));
    return new KpisView(PeriodView.of(report.period(), report.asOf()),
        report.computedAt().atZone(ReportPeriod.ZONE).toOffsetDateTime(),
        report.figures().stream().map(FigureView::of).toList());
  }

  @GetMapping("/trend")
  @Operation(summary = "De KPI's over de laatste afgelopen kwartalen (oudste eerst); definitieve rapportages tellen zoals ze bevroren zijn")
  TrendView trend(@RequestParam(name = "kwartalen", defaultValue = "6") int quarters,
      @RequestParam(name = "gemeente", required = false) String municipality,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireKpis(user);
    if (quarters < 1 || quarters > MAX_QUARTERS) {
      throw new ReportPeriod.InvalidPeriodException("Kies 1 tot en met " + MAX_QUARTERS + " kwartalen.");
    }
    Municipality chosen = municipality(municipality);
    ReportPeriod quarter = ReportPeriod.quarterOf(LocalDate.now(clock), chosen).previousQuarter();
    List<ReportPeriod> periods = new ArrayList<>();
    for (int i = 0; i < quarters; i++) {
      periods.add(0, quarter);
      quarter = quarter.previousQuarter();
    }
    List<QuarterPoint> points = new ArrayList<>();
    for (ReportPeriod period : periods) {
      points.add(point(period, chosen));
    }
    List<KpiKey> keys = java.util.Arrays.stream(Kpi.values()).map(k -> new KpiKey(k.key(), k.label(), k.unit().code())).toList();
    return new TrendView(keys, points);
  }

  private QuarterPoint point(ReportPeriod period, Municipality municipality) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, String> lights = new LinkedHashMap<>();
    var frozen = reports.finalReportOf(period).map(reports::figures);
    List<FigureView> figures = frozen.map(f -> f.scopes().stream()
            .filter(s -> java.util.Objects.equals(s.municipality(), municipality == null ? null : municipality.code()))
            .findFirst().orElseThrow().figures())
        .orElseGet(() -> kpis.compute(period).figures().stream().map(FigureView::of).toList());
    for (FigureView figure : figures) {
      values.put(figure.key(), figure.value());
      lights.put(figure.key(), figure.light());
    }
    return new QuarterPoint(period.shortLabel(), period.from(), period.to(), frozen.isPresent(),
        !period.to().isBefore(LocalDate.now(clock)), values, lights);
  }

  @GetMapping("/{key}/casussen")
  @Operation(summary = "De casussen (bij de caseload: de generalisten) achter een cijfer, met de reden")
  @ApiResponse(responseCode = "404", description = "Onbekende KPI")
  DrillView casesBehind(@PathVariable String key, @RequestParam(name = "van", required = false) String from,
      @RequestParam(name = "tot", required = false) String to,
      @RequestParam(name = "gemeente", required = false) String municipality,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireCases(user);
    Kpi kpi = Kpi.ofKey(key).orElseThrow(() -> new UnknownKpi(key));
    ReportPeriod period = period(from, to, municipality);
    KpiService.KpiReport report = kpis.compute(period);
    return new DrillView(kpi.key(), kpi.label(), PeriodView.of(period, report.asOf()),
        report.items().getOrDefault(kpi, List.of()));
  }

  private ReportPeriod period(String from, String to, String municipality) {
    Municipality chosen = municipality(municipality);
    if (from == null && to == null) {
      return ReportPeriod.quarterOf(LocalDate.now(clock), chosen).previousQuarter();
    }
    return new ReportPeriod(date(from, "van"), date(to, "tot"), chosen);
  }

  private static LocalDate date(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new ReportPeriod.InvalidPeriodException("Geef ook '" + name + "' op (jjjj-mm-dd), of laat beide weg voor "
          + "het laatste afgelopen kwartaal.");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ReportPeriod.InvalidPeriodException("'" + name + "' is geen datum: schrijf jjjj-mm-dd, bijvoorbeeld 2026-07-01.");
    }
  }

  static Municipality municipality(String code) {
    if (code == null || code.isBlank() || code.equals("beide")) {
      return null;
    }
    return Municipality.ofCode(code.trim()).orElseThrow(() -> new ReportPeriod.InvalidPeriodException(
        "Onbekende gemeente '" + code + "': kies geldrop-mierlo, waalre of beide."));
  }

  /** No KPI with this key. */
  static final class UnknownKpi extends RuntimeException {
    UnknownKpi(String key) {
      super("Er is geen KPI '" + key + "'. Bekende KPI's: " + String.join(", ",
          java.util.Arrays.stream(Kpi.values()).map(Kpi::key).toList()) + ".");
    }
  }
}
