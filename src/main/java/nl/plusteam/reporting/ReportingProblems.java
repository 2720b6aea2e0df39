package nl.plusteam.reporting;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Dutch problem responses of the reporting API (dashboard and quarterly reports); ahead of the application's
 * catch-all handler, which would otherwise answer them with a 500.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {KpiController.class, ReportController.class})
class ReportingProblems {

  @ExceptionHandler(ReportingAccess.NotAllowed.class)
  ResponseEntity<ProblemDetail> notAllowed(ReportingAccess.NotAllowed e) {
    return of(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage());
  }

  @ExceptionHandler(ReportPeriod.InvalidPeriodException.class)
  ResponseEntity<ProblemDetail> invalidPeriod(ReportPeriod.InvalidPeriodException e) {
    return of(HttpStatus.BAD_REQUEST, "Ongeldige periode", e.getMessage());
  }

  @ExceptionHandler(KpiController.UnknownKpi.class)
  ResponseEntity<ProblemDetail> unknownKpi(KpiController.UnknownKpi e) {
    return of(HttpStatus.NOT_FOUND, "Onbekende KPI", e.getMessage());
  }

  @ExceptionHandler(QuarterlyReportService.ReportNotFoundException.class)
  ResponseEntity<ProblemDetail> unknownReport(QuarterlyReportService.ReportNotFoundException e) {
    return of(HttpStatus.NOT_FOUND, "Onbekende rapportage", e.getMessage());
  }

  @ExceptionHandler(ReportController.ReportExists.class)
  ResponseEntity<ProblemDetail> reportExists(ReportController.ReportExists e) {
    return of(HttpStatus.CONFLICT, "Rapportage bestaat al", e.getMessage());
  }

  private static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
