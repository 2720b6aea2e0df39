package nl.plusteam.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.plusteam.PlusTeamApplication;

/**
 * The capacity simulator from the command line, in its own JVM: boots the application with profile
 * {@code simulation} (private in-memory database, no web server, no job executor), runs, prints a Dutch table and
 * optionally writes JSON. Exit code 0 done, 2 invalid input, 1 the simulation failed.
 *
 * <pre>java -cp "target/classes:$(cat target/classpath.txt)" nl.plusteam.simulation.CapacitySimulatorCli \
 *     --generalisten=30 --verzuim=19,5 --json=uit.json</pre>
 */
public final class CapacitySimulatorCli {

  static final int INVALID_INPUT = 2;

  /** Option name → what it sets, in the order the help lists them. */
  private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

  static {
    SimulationInput d = SimulationInput.defaults();
    OPTIONS.put("generalisten", "aantal generalisten (" + d.generalists() + ")");
    OPTIONS.put("verzuim", "langdurig verzuim in procenten (" + SimulationInput.number(d.absencePercent()) + ")");
    OPTIONS.put("aanmeldingen-per-week", "gemiddeld aantal aanmeldingen per week ("
        + SimulationInput.number(d.handoffsPerWeek()) + ")");
    OPTIONS.put("seizoen", "seizoensschommeling 0-0,9: 0,2 = 20% drukker eind januari, 20% rustiger in de zomer en "
        + "met kerst (" + SimulationInput.number(d.seasonality()) + ")");
    OPTIONS.put("spoed", "aandeel spoed in procenten (" + SimulationInput.number(d.urgentPercent()) + ")");
    OPTIONS.put("weken", "gerapporteerde weken (" + d.weeks() + ")");
    OPTIONS.put("inloopweken", "weken vooraf, niet gerapporteerd, zodat het team met een caseload begint ("
        + d.warmUpWeeks() + ")");
    OPTIONS.put("seed", "startgetal van het toeval: zelfde seed, zelfde uitkomst (" + d.seed() + ")");
    OPTIONS.put("uren-per-week", "contracturen per generalist (" + SimulationInput.number(d.hoursPerWeek()) + ")");
    OPTIONS.put("begeleidingsuren", "uren begeleiding per gewogen casus per week ("
        + SimulationInput.number(d.supportHours()) + ")");
    OPTIONS.put("duur-intake", "uren per intake (" + SimulationInput.number(d.intakeHours()) + ")");
    OPTIONS.put("duur-plan", "uren per gezinsplan (" + SimulationInput.number(d.planHours()) + ")");
    OPTIONS.put("duur-akkoord", "uren per akkoordgesprek (" + SimulationInput.number(d.consentHours()) + ")");
    OPTIONS.put("duur-evaluatie", "uren per evaluatie (" + SimulationInput.number(d.evaluationHours()) + ")");
    OPTIONS.put("duur-afsluiten", "uren per afsluiting (" + SimulationInput.number(d.closingHours()) + ")");
    OPTIONS.put("verdeling", "dagelijks (om 9:00) of direct (dagelijks)");
    OPTIONS.put("json", "schrijf de uitkomst ook als JSON naar dit bestand");
  }

  /**
   * As command-line properties, which win over environment variables and configuration files: whatever the
   * environment says (SPRING_PROFILES_ACTIVE=postgres, SPRING_DATASOURCE_URL, ...), the simulation runs on a private
   * in-memory database without a job executor and never touches the live application's database.
   */
  private static final String[] ISOLATION = {
      "--spring.profiles.active=simulation",
      "--spring.datasource.url=jdbc:h2:mem:plusteam-simulatie-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
      "--spring.datasource.driver-class-name=org.h2.Driver",
      "--spring.datasource.username=sa",
      "--spring.datasource.password=",
      "--camunda.bpm.job-execution.enabled=false"};

  private CapacitySimulatorCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    long started = System.nanoTime();
    Arguments arguments;
    try {
      arguments = parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("Gebruik --help voor de mogelijke opties.");
      return INVALID_INPUT;
    }
    if (arguments.help()) {
      out.print(help());
      return 0;
    }
    Map<String, String> problems = arguments.input().problems();
    if (!problems.isEmpty()) {
      problems.values().forEach(err::println);
      return INVALID_INPUT;
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlusTeamApplication.class)
        .web(WebApplicationType.NONE)
        .run(ISOLATION)) {
      double boot = (System.nanoTime() - started) / 1e9;
      SimulationResult result = context.getBean(CapacitySimulator.class).run(arguments.input());
      out.print(SimulationReport.text(result));
      out.printf(Locale.ROOT, "Opstarten van de applicatie %.1f s; totaal %.1f s%n", boot,
          (System.nanoTime() - started) / 1e9);
      if (arguments.json() != null) {
        Files.writeString(arguments.json(), json(result));
      }
      return 0;
    } catch (IOException e) {
      err.println("De uitkomst kon niet worden weggeschreven: " + e.getMessage());
      return 1;
    }
  }

  /** The options that make the command line simulate this input (for the child JVM of the dashboard). */
  static List<String> options(SimulationInput input) {
    return List.of(
        "--generalisten=" + input.generalists(),
        "--verzuim=" + input.absencePercent(),
        "--aanmeldingen-per-week=" + input.handoffsPerWeek(),
        "--seizoen=" + input.seasonality(),
        "--spoed=" + input.urgentPercent(),
        "--weken=" + input.weeks(),
        "--inloopweken=" + input.warmUpWeeks(),
        "--seed=" + input.seed(),
        "--uren-per-week=" + input.hoursPerWeek(),
        "--begeleidingsuren=" + input.supportHours(),
        "--duur-intake=" + input.intakeHours(),
        "--duur-plan=" + input.planHours(),
        "--duur-akkoord=" + input.consentHours(),
        "--duur-evaluatie=" + input.evaluationHours(),
        "--duur-afsluiten=" + input.closingHours(),
        "--verdeling=" + (input.dailyDistribution() ? "dagelijks" : "direct"));
  }

  static String json(SimulationResult result) throws IOException {
    return JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()
        .writerWithDefaultPrettyPrinter().writeValueAsString(result);
  }

  record Arguments(SimulationInput input, Path json, boolean help) {}

  /** {@code --name=value} or {@code --name value}; decimals with a comma or a point. */
  static Arguments parse(String[] args) {
    SimulationInput d = SimulationInput.defaults();
    Map<String, String> values = new LinkedHashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h") || arg.equals("--hulp")) {
        help = true;
        continue;
      }
      if (arg.startsWith("--spring.")) {
        // spring-boot:run adds the project's profiles (demo); the simulator chooses its own
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Onbekend argument '" + arg + "': opties beginnen met --.");
      }
      String name = arg.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("De optie --" + name + " mist een waarde.");
      }
      if (!OPTIONS.containsKey(name)) {
        throw new IllegalArgumentException("Onbekende optie --" + name + ".");
      }
      values.put(name, value);
    }
    String distribution = values.getOrDefault("verdeling", "dagelijks");
    if (!distribution.equals("dagelijks") && !distribution.equals("direct")) {
      throw new IllegalArgumentException("--verdeling is 'dagelijks' of 'direct' (nu '" + distribution + "').");
    }
    SimulationInput input = new SimulationInput(
        whole(values, "generalisten", d.generalists()),
        decimal(values, "verzuim", d.absencePercent()),
        decimal(values, "aanmeldingen-per-week", d.handoffsPerWeek()),
        decimal(values, "seizoen", d.seasonality()),
        decimal(values, "spoed", d.urgentPercent()),
        whole(values, "weken", d.weeks()),
        whole(values, "inloopweken", d.warmUpWeeks()),
        seed(values, d.seed()),
        decimal(values, "uren-per-week", d.hoursPerWeek()),
        decimal(values, "begeleidingsuren", d.supportHours()),
        decimal(values, "duur-intake", d.intakeHours()),
        decimal(values, "duur-plan", d.planHours()),
        decimal(values, "duur-akkoord", d.consentHours()),
        decimal(values, "duur-evaluatie", d.evaluationHours()),
        decimal(values, "duur-afsluiten", d.closingHours()),
        distribution.equals("dagelijks"));
    return new Arguments(input, values.containsKey("json") ? Path.of(values.get("json")) : null, help);
  }

  private static int whole(Map<String, String> values, String name, int fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " moet een geheel getal zijn (nu '" + value + "').");
    }
  }

  private static long seed(Map<String, String> values, long fallback) {
    String value = values.get("seed");
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seed moet een geheel getal zijn (nu '" + value + "').");
    }
  }

  private static double decimal(Map<String, String> values, String name, double fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " moet een getal zijn (nu '" + value + "').");
    }
  }

  static String help() {
    StringBuilder help = new StringBuilder("Capaciteitssimulator PlusTeam: wat als het team groter of kleiner is, het "
        + "verzuim hoger of de instroom anders?\nOpties (standaardwaarde tussen haakjes):\n");
    OPTIONS.forEach((name, what) -> help.append(String.format(Locale.ROOT, "  --%-22s %s%n", name, what)));
    return help.toString();
  }
}
