package nl.plusteam.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.plusteam.casefile.ClosingReason;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.demo.CaseScript;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.handoff.Urgency;
import nl.plusteam.zrm.ZrmDomain;

/**
 * The households the simulator hands off, lean on purpose: handoff, distribution, intake, plan, consent, one to
 * four evaluations a quarter apart (each but the last revising the plan), closing. No referrals, safety signals or
 * refused plans: they cost time to simulate and hardly change the capacity picture. The script's moments are
 * placeholders: the {@link CapacityModel} decides when the work is done, and who the team is.
 */
final class SimulatedHandoffs {

  /** Evaluations per case: 1, 2, 3 or 4, with these weights (mean 2.15: a case runs about 8 months). */
  private static final int[] EVALUATION_WEIGHTS = {30, 35, 25, 10};

  private SimulatedHandoffs() {}

  /**
   * Handoffs per week: Poisson around the mean times the season; on a working day between 8:30 and 16:30.
   *
   * @param placeholders two generalists the scripts name until the team manager distributes
   */
  static List<CaseScript> generate(SimulationInput input, LocalDate firstMonday, int weeks, SplittableRandom random,
      String keyPrefix, List<String> placeholders) {
    List<CaseScript> scripts = new ArrayList<>();
    int number = 0;
    for (int week = 0; week < weeks; week++) {
      LocalDate monday = firstMonday.plusWeeks(week);
      int count = poisson(input.handoffsPerWeek() * season(monday, input.seasonality()), random);
      List<ZonedDateTime> moments = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        LocalDate day = monday.plusDays(random.nextInt(5));
        moments.add(day.atTime(LocalTime.of(8, 30).plusMinutes(5L * random.nextInt(97))).atZone(CaseScript.AMSTERDAM));
      }
      moments.sort(null);
      for (ZonedDateTime at : moments) {
        scripts.add(script(keyPrefix + (++number), at, input, random, placeholders));
      }
    }
    return scripts;
  }

  /**
   * The seasonal factor of the week: a sinusoid with its peak late January and its trough late July, and the two
   * Christmas weeks (ISO weeks 52 and 1) as low as the summer.
   */
  static double season(LocalDate monday, double amplitude) {
    int isoWeek = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    if (isoWeek >= 52 || isoWeek == 1) {
      return 1 - amplitude;
    }
    double dayOfYear = monday.plusDays(3).getDayOfYear();
    return 1 + amplitude * Math.cos(2 * Math.PI * (dayOfYear - 25) / 365.25);
  }

  /** Knuth's method for small means, a rounded normal approximation for large ones. */
  static int poisson(double mean, SplittableRandom random) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 60) {
      double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      count++;
      product *= random.nextDouble();
    }
    return count;
  }

  private static CaseScript script(String key, ZonedDateTime at, SimulationInput input, SplittableRandom random,
      List<String> placeholders) {
    boolean urgent = random.nextDouble() * 100 < input.urgentPercent();
    CaseScript.Plan plan = new CaseScript.Plan(1, List.of(new CaseScript.Goal(ZrmDomain.FINANCIEN, 240)), 0, 1, 1);
    CaseScript.Builder builder = CaseScript.builder(key, at)
        .municipality(random.nextDouble() < 0.7 ? Municipality.GELDROP_MIERLO : Municipality.WAALRE)
        .urgency(urgent ? Urgency.SPOED : Urgency.REGULIER)
        .team(placeholders.get(0), placeholders.get(1))
        .distributedAfter(Duration.ofMinutes(1))
        .intakeAfterDays(1)
        .plan(plan)
        .teamManagerRespondsAfterDays(0);
    int evaluations = evaluations(random);
    for (int k = 1; k <= evaluations; k++) {
      CaseScript.Evaluation evaluation = CaseScript.Evaluation.heldAfter(0);
      builder.evaluation(k < evaluations ? evaluation.revision(plan) : evaluation.next(NextStep.CLOSE));
    }
    return builder.closing(0, ClosingReason.DOELEN_BEREIKT, 8).build();
  }

  private static int evaluations(SplittableRandom random) {
    int pick = random.nextInt(100);
    for (int i = 0; i < EVALUATION_WEIGHTS.length; i++) {
      pick -= EVALUATION_WEIGHTS[i];
      if (pick < 0) {
        return i + 1;
      }
    }
    return EVALUATION_WEIGHTS.length;
  }
}
