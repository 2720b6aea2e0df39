package nl.plusteam.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.support.Http;
import nl.plusteam.support.PlusTeamTest;

/**
 * The capacity simulator on the deployed models, with small teams for speed: capacity decides whether intakes are
 * on time, a seed fixes the outcome, bad input is refused in Dutch, and the dashboard's endpoint runs the command
 * line in a child JVM for the team manager only.
 */
@PlusTeamTest
class CapacitySimulatorTests {

  /**
   * Six weeks, eight handoffs a week (10% spoed), no absence, no seasons, 32-hour weeks and 40 hours of intake,
   * plan and consent per case: twelve generalists (384 hours a week) have time to spare, six (192 hours) do not.
   */
  private static final SimulationInput TWELVE_GENERALISTS = new SimulationInput(12, 0, 8, 0, 10, 6, 0, 1, 32, 0.5,
      16, 16, 8, 2, 1, true);
  /** Twelve generalists, four handoffs a week with the default task hours, seasons and spoed: a tenth of their time. */
  private static final SimulationInput AMPLE = new SimulationInput(12, 0, 4, 0.2, 10, 6, 0, 3, 32, 0.75, 3, 4, 1.5,
      2, 1.5, true);

  @Autowired
  CapacitySimulator simulator;
  @Autowired
  SimulationLauncher launcher;
  @LocalServerPort
  int port;

  @Test
  void ampleCapacity_everyIntakeWithinTheTerm() {
    SimulationResult result = simulator.run(AMPLE, true);

    assertThat(result.run().failures()).isZero();
    assertThat(result.weeks()).hasSize(6);
    assertThat(result.summary().intakesHeld()).isGreaterThan(15);
    assertThat(result.summary().intakeBreaches()).isZero();
    assertThat(result.summary().onTimePercent()).isEqualTo(100.0);
    assertThat(result.weeks()).allSatisfy(week -> assertThat(week.intakesOnTime()).isEqualTo(week.intakesHeld()));
    assertThat(result.summary().averageCaseloadAtEnd()).isPositive();
  }

  @Test
  void halfTheTeam_sameLoad_intakesBreachTheirTerm() {
    SimulationResult full = simulator.run(TWELVE_GENERALISTS, true);
    SimulationResult half = simulator.run(with(TWELVE_GENERALISTS, 6, TWELVE_GENERALISTS.seed()), true);

    assertThat(half.run().failures()).isZero();
    assertThat(half.summary().handoffs()).isEqualTo(full.summary().handoffs());
    assertThat(half.summary().intakeBreaches()).as(half.weeks().toString()).isPositive().isGreaterThan(full.summary().intakeBreaches());
    assertThat(half.summary().onTimePercent()).isLessThan(full.summary().onTimePercent());
    assertThat(half.summary().backlogAtEnd()).isGreaterThan(full.summary().backlogAtEnd());
    assertThat(half.summary().averageCaseloadAtEnd()).isGreaterThan(full.summary().averageCaseloadAtEnd());
  }

  @Test
  void sameSeed_sameWeeks_otherSeed_otherWeeks() {
    SimulationInput absent = new SimulationInput(6, 30, 4, 0.3, 20, 4, 0, 7, 16, 0.75, 4, 4, 2, 2, 1, false);
    SimulationResult first = simulator.run(absent, true);
    SimulationResult again = simulator.run(absent, true);
    SimulationResult other = simulator.run(with(absent, 6, 8), true);

    assertThat(again.weeks()).isEqualTo(first.weeks());
    assertThat(again.summary()).isEqualTo(first.summary());
    assertThat(other.weeks()).isNotEqualTo(first.weeks());
  }

  @Test
  void invalidInput_isRefusedInDutch_beforeAnythingRuns() {
    SimulationInput bad = new SimulationInput(1, 120, -1, 0.2, 10, 0, 0, 1, 60, 0.75, 3, 4, 1.5, 2, 1.5, true);

    assertThat(bad.problems()).containsOnlyKeys("generalisten", "verzuim", "aanmeldingenPerWeek", "weken",
        "urenPerWeek");
    assertThat(bad.problems().get("verzuim")).isEqualTo("Het verzuimpercentage moet tussen 0 en 80 liggen (nu 120).");
    assertThatThrownBy(() -> simulator.run(bad, true)).isInstanceOf(InvalidSimulationInputException.class)
        .hasMessageContaining("Het aantal generalisten moet tussen 2 en 200 liggen (nu 1).");
    assertThat(SimulationInput.defaults().problems()).isEmpty();
  }

  @Test
  void commandLine_refusesBadOptionsWithExitCode2() {
    assertThat(cli("--verzuim=veel")).startsWith("2:--verzuim moet een getal zijn (nu 'veel').");
    assertThat(cli("--generalisten=1")).startsWith("2:Het aantal generalisten moet tussen 2 en 200 liggen (nu 1).");
    assertThat(cli("--teamgrootte=3")).startsWith("2:Onbekende optie --teamgrootte.");
    assertThat(cli("--verdeling=wekelijks")).startsWith("2:--verdeling is 'dagelijks' of 'direct'");
    assertThat(CapacitySimulatorCli.parse(new String[] {"--verzuim", "12,5", "--spring.profiles.active=demo"})
        .input().absencePercent()).isEqualTo(12.5);
    assertThat(CapacitySimulatorCli.parse(
        CapacitySimulatorCli.options(TWELVE_GENERALISTS).toArray(String[]::new)).input()).isEqualTo(TWELVE_GENERALISTS);
  }

  @Test
  void endpoint_onlyForTeamManagerAndDirector_validatesBeforeStarting() {
    Map<String, Object> small = Map.of("generalisten", 5, "weken", 2);

    assertThat(Http.anonymous(port).postJson("/api/simulatie", small).status()).isEqualTo(401);
    Http.Response generalist = Http.basic(port, "generalist.anna", "generalist.anna").postJson("/api/simulatie", small);
    assertThat(generalist.status()).isEqualTo(403);
    assertThat(generalist.json().path("detail").asText()).contains("Alleen de teammanager en de directeur");

    Http.Response bad = Http.basic(port, "teammanager", "teammanager").postJson("/api/simulatie",
        Map.of("verzuim", 95, "weken", 0));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("velden").path("verzuim").asText()).startsWith("Het verzuimpercentage moet");
    assertThat(bad.json().path("velden").path("weken").asText()).startsWith("Het aantal weken moet");
    assertThat(launcher.busy()).isFalse();
  }

  /** The real thing: a child JVM boots the application with profile simulation and answers with JSON. */
  @Test
  void endpoint_runsTheCommandLineInAChildJvm_oneAtATime() throws Exception {
    Http director = Http.basic(port, "directeur", "directeur");
    CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() -> director.postJson("/api/simulatie",
        Map.of("generalisten", 4, "weken", 2, "inloopweken", 0, "aanmeldingenPerWeek", 3, "verzuim", 0)));
    long waited = 0;
    while (!launcher.busy() && waited < 30_000 && !first.isDone()) {
      Thread.sleep(50);
      waited += 50;
    }
    Http.Response second = Http.basic(port, "teammanager", "teammanager").postJson("/api/simulatie", Map.of());
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().path("detail").asText()).isEqualTo(
        "Er loopt al een simulatie. Probeer het over een paar minuten opnieuw.");

    Http.Response response = first.get();
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.path("weeks")).hasSize(2);
    assertThat(result.path("input").path("generalists").asInt()).isEqualTo(4);
    assertThat(result.path("run").path("cases").asInt()).isEqualTo(result.path("summary").path("handoffs").asInt());
    assertThat(result.path("run").path("failures").asInt()).isZero();
    assertThat(launcher.busy()).isFalse();
  }

  private static SimulationInput with(SimulationInput input, int generalists, long seed) {
    return new SimulationInput(generalists, input.absencePercent(), input.handoffsPerWeek(), input.seasonality(),
        input.urgentPercent(), input.weeks(), input.warmUpWeeks(), seed, input.hoursPerWeek(), input.supportHours(),
        input.intakeHours(), input.planHours(), input.consentHours(), input.evaluationHours(), input.closingHours(),
        input.dailyDistribution());
  }

  /** Exit code and error output of the command line (invalid input never boots the application). */
  private static String cli(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CapacitySimulatorCli.run(args, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return code + ":" + err.toString(StandardCharsets.UTF_8);
  }
}
