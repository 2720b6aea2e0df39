package nl.plusteam.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import nl.plusteam.casefile.ClosingReason;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.demo.CaseHistory;
import nl.plusteam.demo.CaseScript;
import nl.plusteam.demo.CaseScript.Evaluation;
import nl.plusteam.demo.CaseScript.Goal;
import nl.plusteam.demo.CaseScript.GoalResult;
import nl.plusteam.demo.CaseScript.Plan;
import nl.plusteam.demo.CaseScript.Referral;
import nl.plusteam.evaluation.GoalOutcome.Outcome;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.handoff.Urgency;
import nl.plusteam.zrm.ZrmDomain;

/**
 * A history whose KPIs are known in advance: 40 households handed off in January 2021 (case i on the Monday of week
 * i mod 4, 10:00) and walked through the real models until 1 July 2021, plus 4 households of 2020 that give the
 * referral baseline. Every expected number below is worked out by hand from these choices, not by the code under test.
 *
 * <pre>
 * i 0-9    regulier, intake after  7 days (8 and 9 do not fit: back to the CMD)
 * i 10-19  regulier, intake after 12 days
 * i 20-29  regulier, intake after 16 days (late: the term is 14 days); 28 and 29 never draft a plan
 * i 30-37  spoed,    intake after  2 days (term 3 working days, Monday → Thursday)
 * i 38-39  spoed,    intake after  6 days (late)
 * even i Geldrop-Mierlo with Anna as lead, odd i Waalre with Bram; Chris is every case's duo partner
 * plans: 2 goals; the family refuses the first plan in i 10-21, agrees at once elsewhere
 * evaluation 3 months after consent, held 5 days after it comes up (20 days, late, in i 0-5);
 *   goals i 0-7,10-21 reached+partly, i 22-27 reached+reached, i 30-39 not reached+partly;
 *   ZRM from 2 to 3 in every domain, to 1 in i 30-35; satisfaction 5 in i 30-35, 7 in i 0-7,10,11, 8 elsewhere;
 *   next step: close in i 30-33 (final satisfaction 9), waakvlam in 34-35, terug naar CMD in 36-37, otherwise continue
 * referrals of € 2,000 in i 10-19, own expertise in i 20-21; in 2020 four referrals of € 10,000
 * </pre>
 */
public final class KnownHistory {

  static final ReportPeriod FIRST_HALF_2021 = new ReportPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30), null);
  public static final ZonedDateTime END = ZonedDateTime.of(LocalDate.of(2021, 7, 1), LocalTime.MIDNIGHT, CaseScript.AMSTERDAM);
  static final String ANNA = "generalist.anna";
  static final String BRAM = "generalist.bram";
  static final String CHRIS = "generalist.chris";

  private KnownHistory() {}

  public static List<CaseScript> scripts(String keyPrefix) {
    List<CaseScript> scripts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      scripts.add(script(keyPrefix, i));
    }
    for (int i = 0; i < 4; i++) {
      scripts.add(CaseScript.builder(keyPrefix + "-2020-" + i, monday(2020, 1, 6, 0))
          .team(ANNA, CHRIS).intakeAfterDays(7).plan(plan(0))
          .referral(Referral.referral(10, "GGZ Oost Brabant", "Traumabehandeling", new BigDecimal("10000")))
          .evaluation(Evaluation.heldAfter(5).goals(new GoalResult(Outcome.REACHED, "Doel gehaald"))
              .zrm(CaseScript.zrm(3)).satisfaction(8).next(NextStep.CLOSE))
          .closing(2, ClosingReason.DOELEN_BEREIKT, 8)
          .build());
    }
    return scripts;
  }

  private static CaseScript script(String keyPrefix, int i) {
    boolean even = i % 2 == 0;
    CaseScript.Builder b = CaseScript.builder(keyPrefix + "-" + i, monday(2021, 1, 4, i % 4))
        .municipality(even ? Municipality.GELDROP_MIERLO : Municipality.WAALRE)
        .team(even ? ANNA : BRAM, CHRIS)
        .urgency(i >= 30 ? Urgency.SPOED : Urgency.REGULIER)
        .intakeAfterDays(i < 10 ? 7 : i < 20 ? 12 : i < 30 ? 16 : i < 38 ? 2 : 6)
        .zrmAtIntake(CaseScript.zrm(2));
    if (i >= 30) {
      b.distributedAfter(java.time.Duration.ofHours(1));
    }
    if (i == 8 || i == 9) {
      return b.notFitting().build();
    }
    if (i == 28 || i == 29) {
      return b.plan(Plan.draftedAfter(200, ZrmDomain.FINANCIEN)).build();
    }
    b.plan(plan(i >= 10 && i <= 21 ? 1 : 0));
    if (i >= 10 && i <= 19) {
      b.referral(Referral.referral(10, "Lumens", "Opvoedondersteuning", new BigDecimal("2000")));
    }
    if (i == 20 || i == 21) {
      b.referral(Referral.ownExpertise(10, "SCHIP-training"));
    }
    GoalResult reached = new GoalResult(Outcome.REACHED, "Doel gehaald");
    GoalResult partly = new GoalResult(Outcome.PARTLY, "Op weg");
    GoalResult notReached = new GoalResult(Outcome.NOT_REACHED, "Nog geen woning gevonden");
    Evaluation evaluation = Evaluation.heldAfter(i <= 5 ? 20 : 5)
        .goals(i >= 30 ? new GoalResult[] {notReached, partly} : i >= 22 ? new GoalResult[] {reached, reached}
            : new GoalResult[] {reached, partly})
        .zrm(CaseScript.zrm(i >= 30 && i <= 35 ? 1 : 3))
        .satisfaction(i >= 30 && i <= 35 ? 5 : i <= 11 ? 7 : 8);
    if (i >= 30 && i <= 33) {
      b.evaluation(evaluation.next(NextStep.CLOSE)).closing(2, ClosingReason.DOELEN_BEREIKT, 9);
    } else if (i == 34 || i == 35) {
      b.evaluation(evaluation.next(NextStep.MONITORING, "Gezin redt het, contact na drie maanden"));
    } else if (i == 36 || i == 37) {
      b.evaluation(evaluation.next(NextStep.BACK_TO_CMD, "Doelen bereikt, het CMD volgt het gezin"));
    } else {
      b.evaluation(evaluation.next(NextStep.CONTINUE));
    }
    return b.build();
  }

  private static Plan plan(int refusals) {
    return Plan.draftedAfter(7, ZrmDomain.FINANCIEN)
        .goals(new Goal(ZrmDomain.FINANCIEN, 180), new Goal(ZrmDomain.HUISVESTING, 180))
        .refusals(refusals).consentAfter(7).revisedAfter(7);
  }

  private static ZonedDateTime monday(int year, int month, int day, int week) {
    return ZonedDateTime.of(LocalDate.of(year, month, day).plusWeeks(week), LocalTime.of(10, 0), CaseScript.AMSTERDAM);
  }

  /** The references of cases i, for the lists behind the figures. */
  static List<String> references(CaseHistory history, List<CaseScript> scripts, int... indexes) {
    return IntStream.of(indexes).mapToObj(i -> history.of(scripts.get(i)).caseReference()).sorted().toList();
  }

  static List<String> referencesIn(KpiService.KpiReport report, Kpi kpi) {
    return report.items().get(kpi).stream().map(DrillItem::reference).sorted().toList();
  }

  static int[] range(int from, int toInclusive) {
    return IntStream.rangeClosed(from, toInclusive).toArray();
  }

  /** Every figure of the first half of 2021, both municipalities, and a few for Waalre alone. */
  public static void assertKnownAnswers(KpiService kpis, CaseHistory history, List<CaseScript> scripts) {
    assertThat(history.failures()).as("every scripted step ran").isEmpty();
    KpiService.KpiReport report = kpis.compute(FIRST_HALF_2021);
    Map<Kpi, KpiFigure> f = new java.util.EnumMap<>(Kpi.class);
    report.figures().forEach(figure -> f.put(figure.kpi(), figure));

    assertThat(f.get(Kpi.HANDOFFS_RECEIVED).value()).isEqualTo(40.0);
    assertThat(f.get(Kpi.HANDOFFS_RECEIVED).parts()).extracting(KpiFigure.Part::value).containsExactly(30.0, 10.0);

    // regular: 20 of 30 within 14 days (the 16-day group is late); spoed: 8 of 10 within 3 working days
    assertFigure(f.get(Kpi.INTAKE_ON_TIME), 20.0 / 30, 30, Light.ROOD);
    assertThat(referencesIn(report, Kpi.INTAKE_ON_TIME)).isEqualTo(references(history, scripts, range(20, 29)));
    assertFigure(f.get(Kpi.URGENT_INTAKE_ON_TIME), 0.8, 10, Light.ORANJE);
    assertThat(referencesIn(report, Kpi.URGENT_INTAKE_ON_TIME)).isEqualTo(references(history, scripts, 38, 39));
    // days 2×8, 6×2, 7×10, 12×10, 16×10: the 20th and 21st of 40 are 7 and 12
    assertFigure(f.get(Kpi.MEDIAN_DAYS_TO_INTAKE), 9.5, 40, Light.GROEN);

    // running on 30 June: 38 fitting − 4 closed − 2 handed back = 32; 28 and 29 never got an agreed plan
    assertFigure(f.get(Kpi.CONSENTED_PLAN_SHARE), 30.0 / 32, 32, Light.GROEN);
    assertThat(referencesIn(report, Kpi.CONSENTED_PLAN_SHARE)).isEqualTo(references(history, scripts, 28, 29));
    // 36 first plans put to a family, 12 refused at first
    assertFigure(f.get(Kpi.CONSENT_AT_FIRST_ASK), 24.0 / 36, 36, Light.ORANJE);
    assertThat(referencesIn(report, Kpi.CONSENT_AT_FIRST_ASK)).isEqualTo(references(history, scripts, range(10, 21)));

    // 36 evaluations due, 6 held 20 days after they came up (the term is 14)
    assertFigure(f.get(Kpi.EVALUATIONS_ON_TIME), 30.0 / 36, 36, Light.ORANJE);
    assertThat(referencesIn(report, Kpi.EVALUATIONS_ON_TIME)).isEqualTo(references(history, scripts, range(0, 5)));
    // 72 goals: reached 20 + 12, partly 20 + 10, not reached 10
    assertFigure(f.get(Kpi.GOALS_REACHED), 32.0 / 72, 72, Light.ORANJE);
    assertThat(f.get(Kpi.GOALS_REACHED).parts()).extracting(KpiFigure.Part::value).containsExactly(32.0, 30.0, 10.0);
    // 30 cases +1 and 6 cases −1 in each of 11 domains
    assertFigure(f.get(Kpi.ZRM_CHANGE), 24.0 / 36, 36, Light.GROEN);
    assertThat(f.get(Kpi.ZRM_CHANGE).parts()).hasSize(11).allSatisfy(part ->
        assertThat(part.value()).isCloseTo(24.0 / 36, within(1e-9)));
    assertThat(referencesIn(report, Kpi.ZRM_CHANGE)).isEqualTo(references(history, scripts, range(30, 35)));
    // evaluations 6×5 + 10×7 + 20×8 = 260, closings 4×9 = 36: 296 / 40
    assertFigure(f.get(Kpi.SATISFACTION), 7.4, 40, Light.ORANJE);
    assertThat(referencesIn(report, Kpi.SATISFACTION)).isEqualTo(references(history, scripts, range(30, 35)));

    // running on 30 June: Anna and Bram lead 15 regular cases (1) and 1 waakvlam case (0.25) each;
    // Chris is duo partner in 30 regular (0.5) and 2 waakvlam cases (0.1)
    assertFigure(f.get(Kpi.CASELOAD), (15.25 + 15.25 + 15.2) / 3, 3, Light.GROEN);

    assertThat(f.get(Kpi.SCALE_UPS).value()).isZero();
    assertThat(f.get(Kpi.SCALE_DOWNS).value()).isEqualTo(4.0);
    assertThat(f.get(Kpi.SCALE_DOWNS).parts()).extracting(KpiFigure.Part::label, KpiFigure.Part::value).contains(
        org.assertj.core.groups.Tuple.tuple("Waakvlam", 2.0), org.assertj.core.groups.Tuple.tuple("Terug naar het CMD", 2.0),
        org.assertj.core.groups.Tuple.tuple("Levensloopondersteuning", 0.0));
    // € 20,000 against € 40,000 in the first half of 2020: € 20,000 saved of 150,000 × 181/365
    KpiFigure referrals = f.get(Kpi.REFERRAL_COST);
    assertThat(referrals.value()).isEqualTo(20_000.0);
    assertThat(referrals.count()).isEqualTo(10);
    assertThat(referrals.basis()).isCloseTo(20_000 / (150_000 * 181 / 365.0), within(1e-9));
    assertThat(referrals.light()).isEqualTo(Light.ROOD);
    assertThat(referrals.parts()).extracting(KpiFigure.Part::label, KpiFigure.Part::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Eigen expertise ingezet", 2.0));
    assertThat(f.get(Kpi.RETURNED_TO_CMD).value()).isEqualTo(4.0);
    assertThat(referencesIn(report, Kpi.RETURNED_TO_CMD)).isEqualTo(references(history, scripts, 8, 9, 36, 37));

    // Waalre alone (odd i): 20 handoffs; regular intakes 10 of 15 on time; evaluations 15 of 18
    KpiService.KpiReport waalre = kpis.compute(FIRST_HALF_2021.withMunicipality(Municipality.WAALRE));
    assertThat(waalre.figure(Kpi.HANDOFFS_RECEIVED).value()).isEqualTo(20.0);
    assertFigure(waalre.figure(Kpi.INTAKE_ON_TIME), 10.0 / 15, 15, Light.ROOD);
    assertFigure(waalre.figure(Kpi.EVALUATIONS_ON_TIME), 15.0 / 18, 18, Light.ORANJE);
  }

  private static void assertFigure(KpiFigure figure, double value, long count, Light light) {
    assertThat(figure.value()).as(figure.kpi().key()).isCloseTo(value, within(1e-9));
    assertThat(figure.count()).as(figure.kpi().key() + " count").isEqualTo(count);
    assertThat(figure.light()).as(figure.kpi().key() + " light").isEqualTo(light);
  }
}
