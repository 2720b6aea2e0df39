package nl.plusteam.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.plusteam.casefile.ClosingReason;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.evaluation.GoalOutcome;
import nl.plusteam.handoff.MemberRole;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.handoff.Urgency;
import nl.plusteam.scaling.MonitoringCheckIn;
import nl.plusteam.zrm.ZrmDomain;

/**
 * One household's history, with every fact and every moment fixed, for {@link CaseHistoryDriver}. Moments are
 * offsets: the intake from the handoff, everything a task asks for from the moment the model created that task
 * (so an evaluation is held {@code heldAfterDays} after its timer fired), referrals from the first consented plan.
 * Days are calendar days in Dutch time, at the time of day of the moment they count from.
 *
 * <p>What the script leaves out stays open when the simulation ends: a case whose evaluations run out waits at
 * its next evaluation, like a case in real life.
 *
 * @param key the CMD's idempotency key: unique per handoff
 * @param distributedAfter from the handoff to the team manager's distribution
 * @param intakeAfterDays from the handoff to the intake conversation; beyond the intake term (14 days, spoed 3
 *     working days) the model's escalation fires first
 * @param zrmAtIntake the first ZRM measurement; domains left out score 3
 * @param plan the first family plan and how the family answers it
 * @param safetySignals signals the lead raises during support (the meldcode), counted from the first consent
 * @param evaluations one per evaluation task the model creates, in order; {@link NextStep#CONTINUE} revises the
 *     plan with {@link Evaluation#revision()} and asks consent again
 * @param checkIns one per monitoring check-in task (waakvlam), in order
 * @param closing how "Casus afsluiten" is answered when the model asks for it; {@code null}: left open
 * @param cmdRespondsAfterDays from a CMD task (return, hand-back) to the CMD completing it
 * @param teamManagerRespondsAfterDays from a task of the team manager or director (escalations, joining a meldcode
 *     decision, a missed meldcode term) to its completion
 */
public record CaseScript(
    String key,
    Municipality municipality,
    Urgency urgency,
    ZonedDateTime handoffAt,
    List<Member> members,
    List<ZrmDomain> problemDomains,
    String lead,
    String partner,
    Duration distributedAfter,
    int intakeAfterDays,
    boolean householdFits,
    Map<ZrmDomain, Integer> zrmAtIntake,
    Plan plan,
    List<Referral> referrals,
    List<SafetySignal> safetySignals,
    List<Evaluation> evaluations,
    List<CheckIn> checkIns,
    Closing closing,
    int cmdRespondsAfterDays,
    int teamManagerRespondsAfterDays) {

  /** Days are counted in Dutch time, as the engine counts a P14D term. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  /** ZRM score of a domain a script leaves out. */
  static final int DEFAULT_SCORE = 3;

  public CaseScript {
    require(key != null && !key.isBlank(), "a key (the CMD's idempotency key)");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(handoffAt, "handoffAt");
    members = List.copyOf(members);
    require(members.stream().anyMatch(m -> m.role() == MemberRole.PARENT)
        && members.stream().anyMatch(m -> m.role() == MemberRole.CHILD), "at least one parent and one child");
    problemDomains = List.copyOf(problemDomains);
    require(problemDomains.size() >= 2, "at least two problem domains (the handoff requires them)");
    require(lead != null && partner != null && !lead.equals(partner), "a lead and another partner");
    require(!distributedAfter.isNegative() && distributedAfter.compareTo(Duration.ofDays(intakeAfterDays)) < 0,
        "a distribution before the intake");
    zrmAtIntake = scores(zrmAtIntake);
    Objects.requireNonNull(plan, "plan");
    referrals = List.copyOf(referrals);
    safetySignals = List.copyOf(safetySignals);
    evaluations = List.copyOf(evaluations);
    checkIns = List.copyOf(checkIns);
    require(cmdRespondsAfterDays >= 0 && teamManagerRespondsAfterDays >= 0, "response times of zero days or more");
  }

  public static Builder builder(String key, ZonedDateTime handoffAt) {
    return new Builder(key, handoffAt);
  }

  /** Every ZRM domain with the same score. */
  public static Map<ZrmDomain, Integer> zrm(int score) {
    Map<ZrmDomain, Integer> all = new EnumMap<>(ZrmDomain.class);
    for (ZrmDomain domain : ZrmDomain.values()) {
      all.put(domain, score);
    }
    return Collections.unmodifiableMap(all);
  }

  /** Every ZRM domain with {@code score}, except the given domain. */
  public static Map<ZrmDomain, Integer> zrm(int score, ZrmDomain domain, int domainScore) {
    Map<ZrmDomain, Integer> all = new EnumMap<>(ZrmDomain.class);
    all.putAll(zrm(score));
    all.put(domain, domainScore);
    return Collections.unmodifiableMap(all);
  }

  /** The handoff moment in Dutch time. */
  public ZonedDateTime handedOffAt() {
    return handoffAt.withZoneSameInstant(AMSTERDAM);
  }

  /** A household member; names are invented, a BSN is never sent. */
  public record Member(String name, MemberRole role, int birthYear) {
    public Member {
      require(name != null && !name.isBlank(), "a member's name");
      Objects.requireNonNull(role, "role");
    }
  }

  /** A goal of a plan: its ZRM domain, its target date as days after the plan is drafted, and its intended result. */
  public record Goal(ZrmDomain domain, int targetAfterDays, String intendedResult) {
    public Goal {
      Objects.requireNonNull(domain, "domain");
      require(targetAfterDays > 0, "a target date after the plan is drafted");
    }

    public Goal(ZrmDomain domain, int targetAfterDays) {
      this(domain, targetAfterDays, null);
    }
  }

  /**
   * A family plan and the family's answers: drafted {@code draftAfterDays} after the task appears (after the
   * intake, an evaluation or a relapse), consent asked {@code consentAfterDays} after each draft; the family refuses
   * {@code refusals} times (each time the lead revises it {@code reviseAfterDays} later), then agrees.
   */
  public record Plan(int draftAfterDays, List<Goal> goals, int refusals, int consentAfterDays, int reviseAfterDays) {
    /** Slots in the plan form. */
    static final int MAX_GOALS = 5;
    /** The case model asks the team manager after the third refusal; a script stays below it. */
    static final int MAX_REFUSALS = 2;

    public Plan {
      goals = List.copyOf(goals);
      require(!goals.isEmpty() && goals.size() <= MAX_GOALS, "one to five goals");
      require(refusals >= 0 && refusals <= MAX_REFUSALS, "zero to two refusals");
      require(draftAfterDays >= 0 && consentAfterDays >= 0 && reviseAfterDays >= 0, "days of zero or more");
    }

    /** One goal in the given domain with its target half a year after drafting; agreed at the first ask a week later. */
    public static Plan draftedAfter(int days, ZrmDomain domain) {
      return new Plan(days, List.of(new Goal(domain, 180)), 0, 7, 7);
    }

    public Plan goals(Goal... goals) {
      return new Plan(draftAfterDays, List.of(goals), refusals, consentAfterDays, reviseAfterDays);
    }

    public Plan refusals(int refusals) {
      return new Plan(draftAfterDays, goals, refusals, consentAfterDays, reviseAfterDays);
    }

    public Plan consentAfter(int days) {
      return new Plan(draftAfterDays, goals, refusals, days, reviseAfterDays);
    }

    public Plan revisedAfter(int days) {
      return new Plan(draftAfterDays, goals, refusals, consentAfterDays, days);
    }
  }

  /** How far one goal got, and why. */
  public record GoalResult(GoalOutcome.Outcome outcome, String why) {
    public GoalResult {
      Objects.requireNonNull(outcome, "outcome");
      require(why != null && !why.isBlank(), "a why for every goal");
    }
  }

  /**
   * An evaluation held {@code heldAfterDays} after the model created the task. Goal results apply to the plan's
   * goals in order; goals beyond the list get the last result. ZRM domains left out keep the previous score.
   *
   * @param revision the revised plan when the next step is {@link NextStep#CONTINUE}; {@code null}: the goals of
   *     the plan before it, drafted and agreed a week apart
   */
  public record Evaluation(int heldAfterDays, List<GoalResult> goals, Map<ZrmDomain, Integer> zrm, int satisfaction,
      NextStep nextStep, String nextStepReason, Plan revision) {
    public Evaluation {
      require(heldAfterDays >= 0, "days of zero or more");
      goals = List.copyOf(goals);
      require(!goals.isEmpty(), "at least one goal result");
      zrm = copy(zrm);
      zrm.values().forEach(CaseScript::requireScore);
      require(satisfaction >= 1 && satisfaction <= 10, "a satisfaction of 1 to 10");
      Objects.requireNonNull(nextStep, "nextStep");
    }

    /**
     * Goals partly reached, ZRM unchanged, satisfaction 7, continue; without a {@link #revision(Plan)} the revised
     * plan keeps the goals of the plan before it and is agreed at the first ask.
     */
    public static Evaluation heldAfter(int days) {
      return new Evaluation(days, List.of(new GoalResult(GoalOutcome.Outcome.PARTLY, "Eerste stappen gezet")),
          Map.of(), 7, NextStep.CONTINUE, null, null);
    }

    public Evaluation goals(GoalResult... results) {
      return new Evaluation(heldAfterDays, List.of(results), zrm, satisfaction, nextStep, nextStepReason, revision);
    }

    public Evaluation zrm(Map<ZrmDomain, Integer> scores) {
      return new Evaluation(heldAfterDays, goals, scores, satisfaction, nextStep, nextStepReason, revision);
    }

    public Evaluation satisfaction(int score) {
      return new Evaluation(heldAfterDays, goals, zrm, score, nextStep, nextStepReason, revision);
    }

    public Evaluation next(NextStep step) {
      return new Evaluation(heldAfterDays, goals, zrm, satisfaction, step, nextStepReason, revision);
    }

    public Evaluation next(NextStep step, String reason) {
      return new Evaluation(heldAfterDays, goals, zrm, satisfaction, step, reason, revision);
    }

    /** Continue with this revised plan (and its consent rounds). */
    public Evaluation revision(Plan plan) {
      return new Evaluation(heldAfterDays, goals, zrm, satisfaction, NextStep.CONTINUE, nextStepReason, plan);
    }
  }

  /**
   * A referral to a care provider, or the team's own expertise instead ({@code ownExpertise}), registered through
   * the start form {@code afterConsentDays} after the family first agreed to a plan, by the lead.
   */
  public record Referral(int afterConsentDays, boolean ownExpertise, String provider, String careType,
      BigDecimal estimatedCost) {
    public Referral {
      require(afterConsentDays >= 0, "days of zero or more");
      require(provider != null && careType != null, "a provider and a care type");
      require(ownExpertise || estimatedCost != null, "an estimated cost for a referral");
    }

    public static Referral referral(int afterConsentDays, String provider, String careType, BigDecimal cost) {
      return new Referral(afterConsentDays, false, provider, careType, cost);
    }

    public static Referral ownExpertise(int afterConsentDays, String intervention) {
      return new Referral(afterConsentDays, true, "PlusTeam (eigen inzet)", intervention, null);
    }
  }

  /**
   * A safety signal the lead raises {@code afterConsentDays} after the family first agreed to a plan, walked through
   * the meldcode: consultation, talk with the client and weighing each {@code stepAfterDays} after the step before,
   * the decision {@code decideAfterDays} after the weighing (mind the term: 24 hours for acute unsafety, 5 days for
   * structural, 10 otherwise). Help is organised; a Veilig Thuis reference means a report.
   *
   * @param caseContinues false: Veilig Thuis or a certified institution takes over, the lead closes the case
   *     ("Casus afsluiten na overdracht", answered with {@link CaseScript#closing()})
   */
  public record SafetySignal(int afterConsentDays, int stepAfterDays, int decideAfterDays, boolean acuteUnsafety,
      boolean structuralUnsafety, boolean helpPossible, String veiligThuisReference, boolean caseContinues) {
    public SafetySignal {
      require(afterConsentDays >= 0 && stepAfterDays >= 0 && decideAfterDays >= 0, "days of zero or more");
    }

    /** Concerns without unsafety, help possible and accepted: no report, decided the next day. */
    public static SafetySignal concerns(int afterConsentDays) {
      return new SafetySignal(afterConsentDays, 1, 1, false, false, true, null, true);
    }

    /** Acute unsafety: decided the same day (the term is 24 hours) and reported to Veilig Thuis. */
    public static SafetySignal acute(int afterConsentDays, String veiligThuisReference) {
      return new SafetySignal(afterConsentDays, 0, 0, true, false, false, veiligThuisReference, true);
    }

    public SafetySignal decidedAfter(int days) {
      return new SafetySignal(afterConsentDays, stepAfterDays, days, acuteUnsafety, structuralUnsafety, helpPossible,
          veiligThuisReference, caseContinues);
    }

    /** The PlusTeam stops after the decision: someone else takes over. */
    public SafetySignal handedOver() {
      return new SafetySignal(afterConsentDays, stepAfterDays, decideAfterDays, acuteUnsafety, structuralUnsafety,
          helpPossible, veiligThuisReference, false);
    }
  }

  /** A monitoring check-in held {@code heldAfterDays} after its task appeared; a relapse revises the plan. */
  public record CheckIn(int heldAfterDays, MonitoringCheckIn.Outcome outcome, Plan revision) {
    public CheckIn {
      require(heldAfterDays >= 0, "days of zero or more");
      Objects.requireNonNull(outcome, "outcome");
      require(outcome != MonitoringCheckIn.Outcome.RELAPSE || revision != null, "a revised plan after a relapse");
    }

    public static CheckIn after(int days, MonitoringCheckIn.Outcome outcome) {
      return new CheckIn(days, outcome, null);
    }
  }

  /** The final evaluation: {@code afterDays} after "Casus afsluiten" appeared, why, and the family's satisfaction. */
  public record Closing(int afterDays, ClosingReason reason, int satisfaction) {
    public Closing {
      require(afterDays >= 0, "days of zero or more");
      Objects.requireNonNull(reason, "reason");
      require(satisfaction >= 1 && satisfaction <= 10, "a satisfaction of 1 to 10");
    }
  }

  /** Builds a script with plain defaults for whatever a test does not care about. */
  public static final class Builder {
    private final String key;
    private final ZonedDateTime handoffAt;
    private Municipality municipality = Municipality.GELDROP_MIERLO;
    private Urgency urgency = Urgency.REGULIER;
    private List<Member> members = List.of(new Member("Sandra Verhoeven", MemberRole.PARENT, 1986),
        new Member("Milan Verhoeven", MemberRole.CHILD, 2015));
    private List<ZrmDomain> problemDomains = List.of(ZrmDomain.FINANCIEN, ZrmDomain.HUISVESTING);
    private String lead;
    private String partner;
    private Duration distributedAfter = Duration.ofDays(1);
    private int intakeAfterDays = 10;
    private boolean householdFits = true;
    private Map<ZrmDomain, Integer> zrmAtIntake = zrm(2);
    private Plan plan;
    private final List<Referral> referrals = new ArrayList<>();
    private final List<SafetySignal> safetySignals = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private Closing closing;
    private int cmdRespondsAfterDays = 2;
    private int teamManagerRespondsAfterDays = 1;

    private Builder(String key, ZonedDateTime handoffAt) {
      this.key = key;
      this.handoffAt = handoffAt;
    }

    public Builder municipality(Municipality municipality) {
      this.municipality = municipality;
      return this;
    }

    public Builder urgency(Urgency urgency) {
      this.urgency = urgency;
      return this;
    }

    public Builder members(Member... members) {
      this.members = List.of(members);
      return this;
    }

    public Builder problemDomains(ZrmDomain... domains) {
      this.problemDomains = List.of(domains);
      return this;
    }

    public Builder team(String lead, String partner) {
      this.lead = lead;
      this.partner = partner;
      return this;
    }

    public Builder distributedAfter(Duration after) {
      this.distributedAfter = after;
      return this;
    }

    public Builder intakeAfterDays(int days) {
      this.intakeAfterDays = days;
      return this;
    }

    /** The intake finds the household does not fit: the CMD takes it back. */
    public Builder notFitting() {
      this.householdFits = false;
      return this;
    }

    public Builder zrmAtIntake(Map<ZrmDomain, Integer> scores) {
      this.zrmAtIntake = scores;
      return this;
    }

    public Builder plan(Plan plan) {
      this.plan = plan;
      return this;
    }

    public Builder referral(Referral referral) {
      this.referrals.add(referral);
      return this;
    }

    public Builder safetySignal(SafetySignal signal) {
      this.safetySignals.add(signal);
      return this;
    }

    public Builder evaluation(Evaluation evaluation) {
      this.evaluations.add(evaluation);
      return this;
    }

    public Builder checkIn(CheckIn checkIn) {
      this.checkIns.add(checkIn);
      return this;
    }

    public Builder closing(int afterDays, ClosingReason reason, int satisfaction) {
      this.closing = new Closing(afterDays, reason, satisfaction);
      return this;
    }

    public Builder cmdRespondsAfterDays(int days) {
      this.cmdRespondsAfterDays = days;
      return this;
    }

    public Builder teamManagerRespondsAfterDays(int days) {
      this.teamManagerRespondsAfterDays = days;
      return this;
    }

    public CaseScript build() {
      Plan firstPlan = plan != null ? plan : Plan.draftedAfter(14, problemDomains.get(0));
      return new CaseScript(key, municipality, urgency, handoffAt, members, problemDomains, lead, partner,
          distributedAfter, intakeAfterDays, householdFits, zrmAtIntake, firstPlan, referrals, safetySignals,
          evaluations, checkIns, closing, cmdRespondsAfterDays, teamManagerRespondsAfterDays);
    }
  }

  /** All eleven domains: the given scores, the rest {@link #DEFAULT_SCORE}. */
  private static Map<ZrmDomain, Integer> scores(Map<ZrmDomain, Integer> given) {
    Map<ZrmDomain, Integer> all = new EnumMap<>(ZrmDomain.class);
    all.putAll(zrm(DEFAULT_SCORE));
    all.putAll(given);
    all.values().forEach(CaseScript::requireScore);
    return Collections.unmodifiableMap(all);
  }

  private static Map<ZrmDomain, Integer> copy(Map<ZrmDomain, Integer> scores) {
    Map<ZrmDomain, Integer> copy = new EnumMap<>(ZrmDomain.class);
    copy.putAll(scores);
    return Collections.unmodifiableMap(copy);
  }

  private static void requireScore(Integer score) {
    require(score != null && score >= 1 && score <= 5, "ZRM scores of 1 to 5");
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("A case script needs " + what + ".");
    }
  }
}
