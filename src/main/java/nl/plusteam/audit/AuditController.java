package nl.plusteam.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.plusteam.security.CurrentUser;
import nl.plusteam.security.Roles;

/**
 * The audit trail for the director: who read which case (dossier-read log) and who changed what (the engine's
 * user operation log), newest first, paged. Reading it is itself recorded in the dossier-read log.
 */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Wie welk dossier inzag en wie wat wijzigde (alleen de directeur)")
class AuditController {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;
  /** How far back one can page; beyond this the filters must narrow the question. */
  static final int MAX_ROWS = 10_000;

  private static final Pattern CASE_REFERENCE = Pattern.compile("PT-\\d{4}-\\d{6}");
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*");

  private final AuditService audit;

  AuditController(AuditService audit) {
    this.audit = audit;
  }

  record Filters(String casus, String gebruiker, LocalDate van, LocalDate tot, String soort) {}

  record AuditPage(Filters filters, int page, int size, long total, int pages, List<AuditService.Entry> entries) {}

  @GetMapping
  @Operation(summary = "Inzages en wijzigingen, nieuwste eerst; filters op casus, gebruiker, periode en soort")
  @ApiResponse(responseCode = "400", description = "Ongeldige filter")
  @ApiResponse(responseCode = "403", description = "Alleen voor de directeur")
  AuditPage search(
      @Parameter(description = "Casusnummer, bijvoorbeeld PT-2026-000001") @RequestParam(name = "casus", required = false) String caseReference,
      @Parameter(description = "Gebruikersnaam, bijvoorbeeld generalist.anna") @RequestParam(name = "gebruiker", required = false) String userId,
      @Parameter(description = "Eerste dag (jjjj-mm-dd)") @RequestParam(name = "van", required = false) String from,
      @Parameter(description = "Laatste dag (jjjj-mm-dd)") @RequestParam(name = "tot", required = false) String to,
      @Parameter(description = "inzage of wijziging; leeg: beide") @RequestParam(name = "soort", required = false) String kind,
      @Parameter(description = "Pagina, vanaf 1") @RequestParam(name = "pagina", required = false) String page,
      @Parameter(description = "Regels per pagina (1 tot en met " + MAX_SIZE + ")") @RequestParam(name = "grootte", required = false) String size,
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    if (!user.isMemberOf(Roles.DIRECTOR)) {
      throw new NotAllowed();
    }
    String casus = blankToNull(caseReference);
    if (casus != null && !CASE_REFERENCE.matcher(casus).matches()) {
      throw new InvalidFilter("'" + casus + "' is geen casusnummer: schrijf het als PT-2026-000001.");
    }
    String gebruiker = blankToNull(userId);
    if (gebruiker != null && (gebruiker.length() > 64 || !USER_ID.matcher(gebruiker).matches())) {
      throw new InvalidFilter("'" + gebruiker + "' is geen gebruikersnaam, zoals generalist.anna.");
    }
    LocalDate van = date(from, "van");
    LocalDate tot = date(to, "tot");
    if (van != null && tot != null && tot.isBefore(van)) {
      throw new InvalidFilter("'tot' (" + tot + ") ligt voor 'van' (" + van + ").");
    }
    AuditService.Kind soort = kind(blankToNull(kind));
    int pageNumber = number(page, "pagina", 1, 1, Integer.MAX_VALUE);
    int pageSize = number(size, "grootte", DEFAULT_SIZE, 1, MAX_SIZE);
    if ((long) pageNumber * pageSize > MAX_ROWS) {
      throw new InvalidFilter("Verder dan " + MAX_ROWS + " regels terugbladeren kan niet; kies een kortere periode, "
          + "een casus of een gebruiker.");
    }
    Instant start = van == null ? null : van.atStartOfDay(AuditService.ZONE).toInstant();
    Instant end = tot == null ? null : tot.plusDays(1).atStartOfDay(AuditService.ZONE).toInstant();
    AuditService.Result result = audit.search(
        new AuditService.Query(casus, gebruiker, start, end, soort, pageNumber - 1, pageSize));
    return new AuditPage(new Filters(casus, gebruiker, van, tot, soort == null ? null : soort.code), pageNumber,
        pageSize, result.total(), (int) Math.min(MAX_ROWS / pageSize, (result.total() + pageSize - 1) / pageSize),
        result.entries());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static LocalDate date(String text, String name) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidFilter("'" + name + "' is geen datum: schrijf jjjj-mm-dd, bijvoorbeeld 2026-07-01.");
    }
  }

  private static AuditService.Kind kind(String code) {
    if (code == null) {
      return null;
    }
    for (AuditService.Kind kind : AuditService.Kind.values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new InvalidFilter("Onbekende soort '" + code + "': kies inzage, wijziging of laat leeg voor beide.");
  }

  private static int number(String text, String name, int fallback, int min, int max) {
    String value = blankToNull(text);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidFilter("'" + name + "' moet een heel getal zijn van " + min
        + (max == Integer.MAX_VALUE ? " of meer." : " tot en met " + max + "."));
  }

  /** Refused: only the director reads the audit trail. */
  static final class NotAllowed extends RuntimeException {
    NotAllowed() {
      super("Alleen de directeur ziet het auditlog.");
    }
  }

  static final class InvalidFilter extends RuntimeException {
    InvalidFilter(String message) {
      super(message);
    }
  }

  @ExceptionHandler(NotAllowed.class)
  ResponseEntity<ProblemDetail> notAllowed(NotAllowed e) {
    return problem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage());
  }

  @ExceptionHandler(InvalidFilter.class)
  ResponseEntity<ProblemDetail> invalid(InvalidFilter e) {
    return problem(HttpStatus.BAD_REQUEST, "Ongeldig filter", e.getMessage());
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
