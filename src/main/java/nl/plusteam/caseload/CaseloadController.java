package nl.plusteam.caseload;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.security.CurrentUser;

/**
 * The team's caseloads and the "needs cover" list, for the team manager and the director: case references,
 * roles and staff names only, no household data.
 */
@RestController
@RequestMapping(path = "/api/caseload", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Caseload", description = "Gewogen caseload per generalist en casussen die vervanging nodig hebben")
class CaseloadController {

  private final CaseloadService caseloads;
  private final NeedsCover needsCover;
  private final Availability availability;
  private final GeneralistDirectory generalists;

  CaseloadController(CaseloadService caseloads, NeedsCover needsCover, Availability availability,
      GeneralistDirectory generalists) {
    this.caseloads = caseloads;
    this.needsCover = needsCover;
    this.availability = availability;
    this.generalists = generalists;
  }

  record GeneralistCaseload(String userId, String name, long cases, double weighted, double norm, boolean aboveNorm,
      boolean available, String absence) {}

  record UncoveredCase(String caseReference, String status, String role, String absentGeneralist, String name,
      LocalDate absentFrom, LocalDate absentUntil, String reason) {}

  @GetMapping
  @Operation(summary = "Gewogen caseload per generalist tegen de norm, met wie vandaag afwezig is")
  @ApiResponse(responseCode = "403", description = "Alleen voor teammanager en directeur")
  List<GeneralistCaseload> caseloads(@Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    allow(user);
    CaseloadService.Overview overview = caseloads.overview();
    Set<String> absent = availability.unavailableOn(availability.today());
    return generalists.generalists().stream().map(generalist -> {
      CaseloadService.Caseload caseload = overview.of(generalist.getId());
      return new GeneralistCaseload(generalist.getId(), GeneralistDirectory.displayName(generalist), caseload.cases(),
          caseload.weighted(), overview.norm(), caseload.aboveNorm(overview.norm()), !absent.contains(generalist.getId()),
          availability.absenceOn(generalist.getId(), availability.today())
              .map(a -> a.getReason().label() + " " + Availability.period(a)).orElse(null));
    }).toList();
  }

  @GetMapping("/needs-cover")
  @Operation(summary = "Lopende casussen waarvan de regisseur of duopartner vandaag afwezig is")
  @ApiResponse(responseCode = "403", description = "Alleen voor teammanager en directeur")
  List<UncoveredCase> needsCover(@Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    allow(user);
    return needsCover.today().stream()
        .sorted(Comparator.comparing(u -> u.caseFile().getReference()))
        .map(u -> new UncoveredCase(u.caseFile().getReference(), u.caseFile().getStatus().label(), u.role().label(),
            u.absentGeneralist(), generalists.nameOf(u.absentGeneralist()), u.absence().getAbsentFrom(),
            u.absence().getAbsentUntil(), u.absence().getReason().label()))
        .toList();
  }

  private static void allow(CurrentUser user) {
    if (!user.isManager()) {
      throw new NotAllowed();
    }
  }

  static final class NotAllowed extends RuntimeException {
    NotAllowed() {
      super("Alleen de teammanager en de directeur zien de caseload van het team.");
    }
  }

  @ExceptionHandler(NotAllowed.class)
  ResponseEntity<ProblemDetail> notAllowed(NotAllowed e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Geen toegang");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
