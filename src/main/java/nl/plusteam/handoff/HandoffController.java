package nl.plusteam.handoff;

import java.io.InputStream;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
  private final HandoffRequestReader reader;

  HandoffController(HandoffService handoffs, HandoffRequestReader reader) {
    this.handoffs = handoffs;
    this.reader = reader;
  }

  // No "consumes": a wrong content type is answered by this controller, in Dutch (see submit).
  @PostMapping
  @Operation(summary = "Huishouden aanmelden bij het PlusTeam",
      description = "Alleen voor het CMD van de eigen gemeente. Een herhaalde verzending met dezelfde "
          + "Idempotency-Key en dezelfde inhoud geeft dezelfde casus terug (200); met andere inhoud 409.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = HandoffRequest.class)))
  @ApiResponse(responseCode = "201", description = "Aanmelding aangenomen, casus geopend")
  @ApiResponse(responseCode = "200", description = "Herhaalde verzending: de eerder geopende casus")
  @ApiResponse(responseCode = "400", description = "Fouten in de aanmelding, per veld")
  @ApiResponse(responseCode = "401", description = "Niet ingelogd")
  @ApiResponse(responseCode = "403", description = "Geen CMD-medewerker van deze gemeente")
  @ApiResponse(responseCode = "409", description = "Idempotency-Key al gebruikt voor een andere aanmelding")
  @ApiResponse(responseCode = "413", description = "Aanmelding groter dan " + HandoffRequestReader.MAX_BODY / 1024 + " kB")
  @ApiResponse(responseCode = "415", description = "Geen JSON (Content-Type: application/json)")
  ResponseEntity<HandoffResponse> submit(
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
      @Parameter(description = "Unieke code per aanmelding, door het CMD gekozen", required = true)
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @Parameter(hidden = true) @RequestHeader(name = "Content-Type", required = false) String contentType,
      @Parameter(hidden = true) InputStream requestBody) {
    if (!isJson(contentType)) {
      throw new HandoffProblems.NotJson("Stuur de aanmelding als JSON (Content-Type: application/json).");
    }
    // Read here rather than bound by Spring: the contract is strict about types, unknown and duplicate fields.
    HandoffService.Submission submission = handoffs.submit(user, idempotencyKey, () -> reader.read(requestBody));
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
    // A request that is not a handoff at all (no JSON, wrong shape) has one error without a field: say it first.
    boolean whole = e.errors.size() == 1 && e.errors.get(0).field().isEmpty();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, whole ? e.errors.get(0).message()
        : "De aanmelding is niet aangenomen: verbeter de velden hieronder en verstuur haar opnieuw.");
    problem.setTitle("Aanmelding ongeldig");
    problem.setProperty("errors", e.errors);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(HandoffProblems.NotJson.class)
  ResponseEntity<ProblemDetail> notJson(HandoffProblems.NotJson e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Verkeerd formaat", e.getMessage());
  }

  @ExceptionHandler(HandoffProblems.TooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(HandoffProblems.TooLarge e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Aanmelding te groot", e.getMessage());
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

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (org.springframework.util.InvalidMimeTypeException e) {
      return false;
    }
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
