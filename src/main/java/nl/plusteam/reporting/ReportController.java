package nl.plusteam.reporting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.reporting.process.ReportEngine;
import nl.plusteam.security.CurrentUser;

/** The quarterly reports: the list, a request for an ended quarter, and the downloads (print view and CSV). */
@RestController
@RequestMapping(path = "/api/rapportages")
@Tag(name = "Kwartaalrapportage", description = "Bevroren kwartaalcijfers met de duiding van de directeur")
class ReportController {

  private final QuarterlyReportService reports;
  private final ReportEngine engine;
  private final ReportDocuments documents;
  private final GeneralistDirectory people;

  ReportController(QuarterlyReportService reports, ReportEngine engine, ReportDocuments documents,
      GeneralistDirectory people) {
    this.reports = reports;
    this.engine = engine;
    this.documents = documents;
    this.people = people;
  }

  record PeriodSummary(LocalDate from, LocalDate to, String label) {}

  record ReportSummary(Long id, String quarter, PeriodSummary period, String status, String statusLabel,
      OffsetDateTime frozenAt, OffsetDateTime finalisedAt, String finalisedBy, Boolean intact, String printUrl,
      String csvUrl) {}

  record ReportRequest(String kwartaal) {}

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Alle kwartaalrapportages, nieuwste eerst")
  List<ReportSummary> all(@Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireKpis(user);
    return reports.all().stream().map(this::summary).toList();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Een rapportage aanvragen voor een afgelopen kwartaal; de directeur krijgt 'Duiding toevoegen'")
  ResponseEntity<ReportSummary> request(@RequestBody(required = false) ReportRequest request,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireRequest(user);
    ReportPeriod quarter = reports.reportableQuarter(request == null ? null : request.kwartaal());
    if (reports.exists(quarter)) {
      throw new ReportExists(quarter);
    }
    engine.requestReport(quarter);
    QuarterlyReport report = reports.reportOf(quarter).orElseThrow(() -> new ReportExists(quarter));
    return ResponseEntity.created(URI.create("/api/rapportages/" + report.getId())).body(summary(report));
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ReportSummary one(@PathVariable Long id,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireKpis(user);
    return summary(reports.get(id));
  }

  @GetMapping(path = "/{id}/afdruk", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "De rapportage als afdrukversie (HTML; bewaar als PDF via printen)")
  ResponseEntity<String> print(@PathVariable Long id,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireKpis(user);
    QuarterlyReport report = reports.get(id);
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(documents.html(report));
  }

  @GetMapping(path = "/{id}/cijfers.csv", produces = "text/csv")
  @Operation(summary = "De cijfers van de rapportage als CSV (puntkomma's, decimale komma: opent in Excel)")
  ResponseEntity<byte[]> csv(@PathVariable Long id,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    ReportingAccess.requireKpis(user);
    QuarterlyReport report = reports.get(id);
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("kwartaalrapportage-" + report.getQuarterKey() + ".csv").build().toString())
        .body(documents.csv(report));
  }

  private ReportSummary summary(QuarterlyReport report) {
    ReportPeriod period = report.period();
    return new ReportSummary(report.getId(), report.getQuarterKey(),
        new PeriodSummary(period.from(), period.to(), period.label()), report.getStatus().name(),
        report.getStatus().label(), offset(report.getFrozenAt()), offset(report.getFinalisedAt()),
        report.getFinalisedBy() == null ? null : people.nameOf(report.getFinalisedBy()),
        report.isFinal() ? reports.intact(report) : null, "/api/rapportages/" + report.getId() + "/afdruk",
        "/api/rapportages/" + report.getId() + "/cijfers.csv");
  }

  private static OffsetDateTime offset(java.time.Instant instant) {
    return instant == null ? null : instant.atZone(ReportPeriod.ZONE).toOffsetDateTime();
  }

  /** The quarter already has a report. */
  static final class ReportExists extends RuntimeException {
    ReportExists(ReportPeriod quarter) {
      super("Het " + quarter.label() + " heeft al een kwartaalrapportage; open die in de lijst.");
    }
  }
}
