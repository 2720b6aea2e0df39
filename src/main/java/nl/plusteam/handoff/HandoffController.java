package nl.plusteam.handoff;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.plusteam.security.CurrentUser;

/** The CMD handoff API. CMD systems integrate against this contract: keep its names stable. */
@RestController
@RequestMapping(path = "/api/handoffs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Aanmeldingen", description = "Aanmelden van huishoudens door het CMD")
@SecurityRequirement(name = "basic")
class HandoffController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private final HandoffService handoffs;

  HandoffController(HandoffService handoffs) {
    this.handoffs = handoffs;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Huishouden aanmelden bij het PlusTeam",
      description = "Alleen voor het CMD van de eigen gemeente. Een herhaalde verzending met dezelfde "
          + "Idempotency-Key en dezelfde inhoud geeft dezelfde casus terug (200); met andere inhoud 409.")
  @ApiResponse(responseCode = "201", description = "Aanmelding aangenomen, casus geopend")
  @ApiResponse(responseCode = "200", description = "Herhaalde verzending: de eerder geopende casus")
  @ApiResponse(responseCode = "400", description = "Fouten in de aanmelding, per veld")
  @ApiResponse(responseCode = "401", description = "Niet ingelogd")
  @ApiResponse(responseCode = "403", description = "Geen CMD-medewerker van deze gemeente")
  @ApiResponse(responseCode = "409", description = "Idempotency-Key al gebruikt voor een andere aanmelding")
  ResponseEntity<HandoffResponse> submit(
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
      @Parameter(description = "Unieke code per aanmelding, door het CMD gekozen", required = true)
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @RequestBody HandoffRequest request) {
    HandoffService.Submission submission = handoffs.submit(user, idempotencyKey, request);
    HandoffResponse body = submission.handoff();
    URI location = URI.create("/api/handoffs/" + body.id());
    if (submission.replayed()) {
      return ResponseEntity.ok().location(location).header(REPLAYED, "true").body(body);
    }
    return ResponseEntity.created(location).body(body);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Status van een eigen aanmelding")
  @ApiResponse(responseCode = "200", description = "De status")
  @ApiResponse(responseCode = "403", description = "Aanmelding van een ander CMD")
  @ApiResponse(responseCode = "404", description = "Geen aanmelding met dit id")
  HandoffResponse status(@Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
      @PathVariable Long id) {
    return handoffs.status(user, id);
  }

  @ExceptionHandler(HandoffProblems.Invalid.class)
  ResponseEntity<ProblemDetail> invalid(HandoffProblems.Invalid e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "De aanmelding is niet aangenomen: verbeter de velden hieronder en verstuur haar opnieuw.");
    problem.setTitle("Aanmelding ongeldig");
    problem.setProperty("errors", e.errors);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(HandoffProblems.Forbidden.class)
  ResponseEntity<ProblemDetail> forbidden(HandoffProblems.Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage());
  }

  @ExceptionHandler(HandoffProblems.KeyReused.class)
  ResponseEntity<ProblemDetail> keyReused(HandoffProblems.KeyReused e) {
    return problem(HttpStatus.CONFLICT, "Idempotency-Key al gebruikt", e.getMessage());
  }

  @ExceptionHandler(HandoffProblems.NotFound.class)
  ResponseEntity<ProblemDetail> notFound(HandoffProblems.NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
