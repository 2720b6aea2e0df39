package nl.plusteam.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.plusteam.casefile.ClosingReason;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.evaluation.GoalOutcome;
import nl.plusteam.handoff.MemberRole;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.handoff.Urgency;
import nl.plusteam.scaling.MonitoringCheckIn;
import nl.plusteam.zrm.ZrmDomain;

/**
 * A year of invented case histories for the demo, seeded so the same seed and end give the same year. The
 * proportions are the demo's assumptions, not the handbook's: about 8 handoffs a week, fewer in the summer and at
 * Christmas; 70% Geldrop-Mierlo; 15% spoed; 10% not fitting; a fifth of the intakes late; a quarter of the families
 * refusing the first plan; evaluations mostly on time; satisfaction mostly 6 to 9; ZRM scores rising about half a
 * point per domain a year; referrals in about a third of the cases; a safety signal (meldcode) in one in twenty.
 */
final class DemoScripts {

  /** Handoffs per month relative to the average: quieter in the summer holidays and around Christmas. */
  private static final double[] SEASON = {1.1, 1.05, 1.1, 1.0, 0.95, 0.95, 0.7, 0.6, 1.1, 1.15, 1.1, 0.8};
  /** Satisfaction 1-10: mostly 6 to 9, mean about 7.3. */
  private static final int[] SATISFACTION_WEIGHTS = {0, 0, 0, 2, 6, 16, 30, 29, 12, 5};
  private static final Map<ZrmDomain, Double> PROBLEM_LIKELIHOOD = new EnumMap<>(Map.ofEntries(
      Map.entry(ZrmDomain.FINANCIEN, 0.7), Map.entry(ZrmDomain.HUISVESTING, 0.35),
      Map.entry(ZrmDomain.HUISELIJKE_RELATIES, 0.45), Map.entry(ZrmDomain.GEESTELIJKE_GEZONDHEID, 0.45),
      Map.entry(ZrmDomain.DAGBESTEDING, 0.3), Map.entry(ZrmDomain.SOCIAAL_NETWERK, 0.3),
      Map.entry(ZrmDomain.MAATSCHAPPELIJKE_PARTICIPATIE, 0.2), Map.entry(ZrmDomain.LICHAMELIJKE_GEZONDHEID, 0.2),
      Map.entry(ZrmDomain.VERSLAVING, 0.15), Map.entry(ZrmDomain.ADL, 0.15), Map.entry(ZrmDomain.JUSTITIE, 0.1)));
  private static final List<String> SURNAMES = List.of("de Wit", "Bosman", "van Dam", "Kramer", "Peters", "Maas",
      "Verbruggen", "Aydin", "Mulders", "van Hout", "Lammers", "Brouwers", "Koster", "Vos", "Hoekstra", "Jacobs",
      "de Bruijn", "Gerrits", "van Eijk", "Schepers", "Kaya", "Bennani", "van Loon", "Timmermans", "Hermans");
  private static final List<String> ADULT_NAMES = List.of("Linda", "Kim", "Priscilla", "Samira", "Monique", "Petra",
      "Naima", "Chantal", "Dennis", "Marco", "Patrick", "Hakan", "Ronald", "Kevin", "Yusuf", "Richard");
  private static final List<String> CHILD_NAMES = List.of("Noah", "Emma", "Liam", "Julia", "Sem", "Mila", "Daan",
      "Tess", "Finn", "Zoë", "Adam", "Sara", "Luuk", "Nora", "Amir", "Lina", "Jesse", "Evi");
  private static final List<String[]> PROVIDERS = List.of(
      new String[] {"GGZ Oost Brabant", "Traumabehandeling"}, new String[] {"Lumens", "Ambulante gezinsbegeleiding"},
      new String[] {"Novadic-Kentron", "Verslavingszorg"}, new String[] {"Combinatie Jeugdzorg", "Intensieve jeugdhulp"},
      new String[] {"Kredietbank Nederland", "Schuldhulpverlening"}, new String[] {"Neos", "Begeleid wonen"},
      new String[] {"Dommelregio jeugd-ggz", "Kinder- en jeugdpsychiatrie"});
  private static final List<String> OWN_EXPERTISE = List.of("SCHIP-training", "Opvoedondersteuning (Triple P)",
      "Budgetcoaching door de generalist", "Traumasensitieve gesprekken (EMDR-voorbereiding)");
  private static final Map<GoalOutcome.Outcome, List<String>> WHY = Map.of(
      GoalOutcome.Outcome.REACHED, List.of("Afspraken goed nagekomen", "Netwerk pakt het nu zelf op",
          "Hulp sloot goed aan"),
      GoalOutcome.Outcome.PARTLY, List.of("Eerste stappen gezet, nog niet stabiel", "Wachtlijst bij de aanbieder",
          "Gezin had tijd nodig om vertrouwen te krijgen"),
      GoalOutcome.Outcome.NOT_REACHED, List.of("Andere problemen gingen voor", "Gezin haakte tijdelijk af",
          "Aanbod paste niet bij het gezin"));

  private enum Ending { CLOSED, MONITORING, BACK_TO_CMD, LIFE_COURSE, OPEN }

  private final Random random;
  private final List<String> generalists;
  private final double[] leadWeights;
  private final ZonedDateTime end;
  private final long seed;

  private DemoScripts(long seed, List<String> generalists, ZonedDateTime end) {
    this.seed = seed;
    this.random = new Random(seed);
    this.generalists = List.copyOf(generalists);
    this.end = end.withZoneSameInstant(CaseScript.AMSTERDAM);
    // some generalists take more cases than others (part-time, seniority)
    this.leadWeights = new double[generalists.size()];
    for (int i = 0; i < leadWeights.length; i++) {
      leadWeights[i] = 0.5 + random.nextDouble();
    }
  }

  /** {@code count} households handed off over the twelve months before {@code end}, in order of handoff. */
  static List<CaseScript> year(long seed, int count, List<String> generalists, ZonedDateTime end) {
    if (generalists.size() < 2) {
      throw new IllegalArgumentException("A demo year needs at least two generalists (lead and duo partner).");
    }
    DemoScripts demo = new DemoScripts(seed, generalists, end);
    List<ZonedDateTime> moments = demo.handoffMoments(count);
    List<CaseScript> scripts = new ArrayList<>();
    for (int i = 0; i < moments.size(); i++) {
      scripts.add(demo.script(i + 1, moments.get(i)));
    }
    return scripts;
  }

  /** Working days of the past year, weighted by season; a handoff between 8:30 and 16:30. */
  private List<ZonedDateTime> handoffMoments(int count) {
    List<LocalDate> days = new ArrayList<>();
    List<Double> cumulative = new ArrayList<>();
    double total = 0;
    for (LocalDate day = end.toLocalDate().minusYears(1); day.isBefore(end.toLocalDate()); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        total += SEASON[day.getMonthValue() - 1];
        days.add(day);
        cumulative.add(total);
      }
    }
    List<ZonedDateTime> moments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double pick = random.nextDouble() * total;
      int index = 0;
      while (cumulative.get(index) < pick) {
        index++;
      }
      LocalTime time = LocalTime.of(8, 30).plusMinutes(5L * random.nextInt(97));
      moments.add(days.get(index).atTime(time).atZone(CaseScript.AMSTERDAM));
    }
    moments.sort(null);
    return moments;
  }

  private CaseScript script(int number, ZonedDateTime handoffAt) {
    boolean spoed = chance(0.15);
    List<ZrmDomain> problems = problemDomains();
    int[] team = team();
    Map<ZrmDomain, Integer> intake = intakeScores(problems);
    // unique per seed and day: a second year in the same database (tests) gets its own keys
    CaseScript.Builder builder = CaseScript.builder("demo-" + seed + "-" + end.toLocalDate() + "-" + number, handoffAt)
        .municipality(chance(0.7) ? Municipality.GELDROP_MIERLO : Municipality.WAALRE)
        .urgency(spoed ? Urgency.SPOED : Urgency.REGULIER)
        .members(household())
        .problemDomains(problems.toArray(ZrmDomain[]::new))
        .team(generalists.get(team[0]), generalists.get(team[1]))
        .distributedAfter(spoed ? Duration.ofMinutes(between(30, 360)) : Duration.ofMinutes(between(120, 3 * 24 * 60)))
        // on time: before the term's last day (a step at the very moment of a deadline comes after its timer)
        .intakeAfterDays(spoed ? (chance(0.8) ? between(1, 2) : between(5, 8)) : (chance(0.78) ? between(5, 13)
            : between(15, 25)))
        .zrmAtIntake(intake)
        .cmdRespondsAfterDays(between(1, 5))
        .teamManagerRespondsAfterDays(between(0, 3));
    if (chance(0.1)) {
      return builder.notFitting().build();
    }
    CaseScript.Plan plan = plan(problems, chance(0.1) ? between(30, 45) : between(7, 25), refusals(0.75, 0.2));
    builder.plan(plan);
    referrals(builder);
    if (chance(0.05)) {
      // a meldcode early in support, finished within days: mostly concerns, sometimes acute and reported
      builder.safetySignal(chance(0.25) ? CaseScript.SafetySignal.acute(between(10, 40), "VT-" + seed + "-" + number)
          : CaseScript.SafetySignal.concerns(between(10, 40)));
    }
    course(builder, plan, intake);
    return builder.build();
  }

  /** Evaluations until the case's ending: closed, monitoring, back to the CMD, life-course support, or still open. */
  private void course(CaseScript.Builder builder, CaseScript.Plan firstPlan, Map<ZrmDomain, Integer> intake) {
    double r = random.nextDouble();
    Ending ending = r < 0.42 ? Ending.CLOSED : r < 0.57 ? Ending.MONITORING : r < 0.69 ? Ending.BACK_TO_CMD
        : r < 0.72 ? Ending.LIFE_COURSE : Ending.OPEN;
    int evaluations = ending == Ending.OPEN ? 5 : weighted(new int[] {45, 35, 15, 5}) + 1;
    Map<ZrmDomain, Integer> scores = intake;
    CaseScript.Plan plan = firstPlan;
    for (int k = 1; k <= evaluations; k++) {
      scores = improved(scores, firstPlan);
      boolean last = k == evaluations;
      CaseScript.Evaluation evaluation = CaseScript.Evaluation.heldAfter(chance(0.85) ? between(0, 10) : between(15, 35))
          .goals(results(plan, k, last && ending == Ending.CLOSED)).zrm(scores).satisfaction(satisfaction());
      if (!last || ending == Ending.OPEN) {
        plan = plan(firstPlan.goals().stream().map(CaseScript.Goal::domain).toList(), between(3, 14),
            refusals(0.9, 0.1));
        builder.evaluation(evaluation.revision(plan));
      } else {
        builder.evaluation(evaluation.next(switch (ending) {
          case CLOSED -> NextStep.CLOSE;
          case MONITORING -> NextStep.MONITORING;
          case BACK_TO_CMD -> NextStep.BACK_TO_CMD;
          default -> NextStep.LIFE_COURSE;
        }));
      }
    }
    if (ending == Ending.MONITORING) {
      if (chance(0.3)) {
        builder.checkIn(CaseScript.CheckIn.after(between(0, 10), MonitoringCheckIn.Outcome.EXTEND));
      }
      builder.checkIn(CaseScript.CheckIn.after(between(0, 10), MonitoringCheckIn.Outcome.CLOSE));
    }
    builder.closing(between(1, 10), closingReason(), satisfaction());
  }

  private CaseScript.Plan plan(List<ZrmDomain> domains, int draftAfterDays, int refusals) {
    List<ZrmDomain> shuffled = new ArrayList<>(domains);
    java.util.Collections.shuffle(shuffled, random);
    int goals = Math.min(shuffled.size(), between(2, 4));
    List<CaseScript.Goal> planned = new ArrayList<>();
    for (int i = 0; i < goals; i++) {
      // targets beyond the referrals (at most 50 days after consent) and mostly beyond the first evaluation
      planned.add(new CaseScript.Goal(shuffled.get(i), between(120, 240)));
    }
    return new CaseScript.Plan(draftAfterDays, planned, refusals, between(3, 10), between(3, 12));
  }

  private int refusals(double none, double once) {
    double r = random.nextDouble();
    return r < none ? 0 : r < none + once ? 1 : 2;
  }

  private void referrals(CaseScript.Builder builder) {
    if (chance(0.35)) {
      for (int i = 0; i < (chance(0.75) ? 1 : 2); i++) {
        String[] provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
        builder.referral(CaseScript.Referral.referral(between(5, 50), provider[0], provider[1],
            BigDecimal.valueOf(50L * between(16, 120))));
      }
    }
    if (chance(0.2)) {
      builder.referral(CaseScript.Referral.ownExpertise(between(5, 50),
          OWN_EXPERTISE.get(random.nextInt(OWN_EXPERTISE.size()))));
    }
  }

  /** Per goal how far it got: more reached as the case goes on, mostly reached when it closes. */
  private CaseScript.GoalResult[] results(CaseScript.Plan plan, int evaluation, boolean closing) {
    double reached = closing ? 0.7 : Math.min(0.15 + 0.1 * evaluation, 0.5);
    double partly = closing ? 0.25 : 0.55;
    CaseScript.GoalResult[] results = new CaseScript.GoalResult[plan.goals().size()];
    for (int i = 0; i < results.length; i++) {
      double r = random.nextDouble();
      GoalOutcome.Outcome outcome = r < reached ? GoalOutcome.Outcome.REACHED
          : r < reached + partly ? GoalOutcome.Outcome.PARTLY : GoalOutcome.Outcome.NOT_REACHED;
      List<String> why = WHY.get(outcome);
      results[i] = new CaseScript.GoalResult(outcome, why.get(random.nextInt(why.size())));
    }
    return results;
  }

  /** Problem domains score 1-2 at intake, the others mostly 3-4. */
  private Map<ZrmDomain, Integer> intakeScores(List<ZrmDomain> problems) {
    Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
    for (ZrmDomain domain : ZrmDomain.values()) {
      scores.put(domain, problems.contains(domain) ? (chance(0.6) ? 2 : 1) : 2 + weighted(new int[] {20, 40, 30, 10}));
    }
    return scores;
  }

  /**
   * About 0.4 points per evaluation in the plan's domains and 0.1 elsewhere, sometimes worse: with an evaluation a
   * quarter, about half a point per domain a year (scores stop at 5).
   */
  private Map<ZrmDomain, Integer> improved(Map<ZrmDomain, Integer> scores, CaseScript.Plan plan) {
    Map<ZrmDomain, Integer> next = new EnumMap<>(ZrmDomain.class);
    scores.forEach((domain, score) -> {
      boolean worked = plan.goals().stream().anyMatch(g -> g.domain() == domain);
      double r = random.nextDouble();
      int change = r < (worked ? 0.45 : 0.15) ? 1 : r > (worked ? 0.95 : 0.96) ? -1 : 0;
      next.put(domain, Math.max(1, Math.min(5, score + change)));
    });
    return next;
  }

  private List<ZrmDomain> problemDomains() {
    List<ZrmDomain> chosen = new ArrayList<>();
    int wanted = between(2, 4);
    while (chosen.size() < wanted) {
      for (ZrmDomain domain : ZrmDomain.values()) {
        if (chosen.size() < wanted && !chosen.contains(domain) && chance(PROBLEM_LIKELIHOOD.get(domain) / 2)) {
          chosen.add(domain);
        }
      }
    }
    return chosen;
  }

  private CaseScript.Member[] household() {
    String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
    List<CaseScript.Member> members = new ArrayList<>();
    int parents = chance(0.45) ? 1 : 2;
    for (int i = 0; i < parents; i++) {
      members.add(new CaseScript.Member(ADULT_NAMES.get(random.nextInt(ADULT_NAMES.size())) + " " + surname,
          MemberRole.PARENT, between(1972, 1998)));
    }
    int children = weighted(new int[] {30, 35, 20, 15}) + 1;
    for (int i = 0; i < children; i++) {
      members.add(new CaseScript.Member(CHILD_NAMES.get(random.nextInt(CHILD_NAMES.size())) + " " + surname,
          MemberRole.CHILD, between(2006, 2024)));
    }
    return members.toArray(CaseScript.Member[]::new);
  }

  /** Lead and duo partner: two different generalists, some busier than others. */
  private int[] team() {
    int lead = pick(leadWeights);
    int partner;
    do {
      partner = random.nextInt(generalists.size());
    } while (partner == lead);
    return new int[] {lead, partner};
  }

  private ClosingReason closingReason() {
    return switch (weighted(new int[] {75, 12, 8, 5})) {
      case 0 -> ClosingReason.DOELEN_BEREIKT;
      case 1 -> ClosingReason.GEZIN_STOPT;
      case 2 -> ClosingReason.VERHUISD;
      default -> ClosingReason.ANDERS;
    };
  }

  private int satisfaction() {
    return weighted(SATISFACTION_WEIGHTS) + 1;
  }

  private int pick(double[] weights) {
    double r = random.nextDouble() * Arrays.stream(weights).sum();
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** An index into the weights, drawn in proportion to them. */
  private int weighted(int[] weights) {
    return pick(Arrays.stream(weights).asDoubleStream().toArray());
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  private int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }
}
