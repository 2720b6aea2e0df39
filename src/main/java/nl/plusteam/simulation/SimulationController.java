package nl.plusteam.simulation;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.plusteam.security.CurrentUser;

/**
 * The capacity simulator for the team manager and the director: validates the input, runs the simulation in its
 * own JVM ({@link SimulationLauncher}) and returns the weekly figures. No case data goes in or out.
 */
@RestController
@RequestMapping(path = "/api/simulatie", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Capaciteitssimulator", description = "Wat als: teamgrootte, verzuim en instroom doorgerekend op de echte modellen")
class SimulationController {

  private final SimulationLauncher launcher;

  SimulationController(SimulationLauncher launcher) {
    this.launcher = launcher;
  }

  /** The form's fields; a field left out takes the default of {@link SimulationInput#defaults()}. */
  record SimulationRequest(Integer generalisten, Double verzuim, Double aanmeldingenPerWeek, Double seizoen,
      Double spoed, Integer weken, Integer inloopweken, Long seed, Double urenPerWeek, Double begeleidingsuren,
      Double duurIntake, Double duurPlan, Double duurAkkoord, Double duurEvaluatie, Double duurAfsluiten,
      String verdeling) {

    SimulationInput input() {
      SimulationInput d = SimulationInput.defaults();
      return new SimulationInput(or(generalisten, d.generalists()), or(verzuim, d.absencePercent()),
          or(aanmeldingenPerWeek, d.handoffsPerWeek()), or(seizoen, d.seasonality()), or(spoed, d.urgentPercent()),
          or(weken, d.weeks()), or(inloopweken, d.warmUpWeeks()), seed != null ? seed : d.seed(),
          or(urenPerWeek, d.hoursPerWeek()), or(begeleidingsuren, d.supportHours()), or(duurIntake, d.intakeHours()),
          or(duurPlan, d.planHours()), or(duurAkkoord, d.consentHours()), or(duurEvaluatie, d.evaluationHours()),
          or(duurAfsluiten, d.closingHours()), !"direct".equals(verdeling));
    }

    private static int or(Integer value, int fallback) {
      return value != null ? value : fallback;
    }

    private static double or(Double value, double fallback) {
      return value != null ? value : fallback;
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Simuleer de capaciteit van het team (duurt tot enkele minuten; één simulatie tegelijk)")
  @ApiResponse(responseCode = "400", description = "Ongeldige invoer, per veld een melding")
  @ApiResponse(responseCode = "403", description = "Alleen voor teammanager en directeur")
  @ApiResponse(responseCode = "409", description = "Er loopt al een simulatie")
  ResponseEntity<String> simulate(
      @Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
      @RequestBody SimulationRequest request) {
    if (!user.isManager()) {
      throw new NotAllowed();
    }
    if (request.verdeling() != null && !request.verdeling().equals("dagelijks") && !request.verdeling().equals("direct")) {
      throw new InvalidSimulationInputException(Map.of("verdeling", "Verdelen is 'dagelijks' of 'direct'."));
    }
    SimulationInput input = request.input();
    Map<String, String> problems = input.problems();
    if (!problems.isEmpty()) {
      throw new InvalidSimulationInputException(problems);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(launcher.run(input));
  }

  static final class NotAllowed extends RuntimeException {
    NotAllowed() {
      super("Alleen de teammanager en de directeur kunnen de capaciteitssimulator gebruiken.");
    }
  }

  @ExceptionHandler(NotAllowed.class)
  ResponseEntity<ProblemDetail> notAllowed(NotAllowed e) {
    return problem(HttpStatus.FORBIDDEN, "Geen toegang", e.getMessage(), null);
  }

  @ExceptionHandler(InvalidSimulationInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidSimulationInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", String.join(" ", e.problems().values()), e.problems());
  }

  @ExceptionHandler(SimulationLauncher.Busy.class)
  ResponseEntity<ProblemDetail> busy(SimulationLauncher.Busy e) {
    return problem(HttpStatus.CONFLICT, "Simulatie bezet", e.getMessage(), null);
  }

  @ExceptionHandler(SimulationLauncher.Failed.class)
  ResponseEntity<ProblemDetail> failed(SimulationLauncher.Failed e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Simulatie mislukt", e.getMessage(), null);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
      Map<String, String> fields) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (fields != null) {
      problem.setProperty("velden", fields);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
