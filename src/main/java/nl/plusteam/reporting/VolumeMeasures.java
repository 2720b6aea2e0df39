package nl.plusteam.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.plusteam.referral.Referral;
import nl.plusteam.scaling.ScaleKind;
import nl.plusteam.system.DutchDates;

/** Scale-ups and scale-downs by kind, referrals and their cost against a year earlier, returns to the CMD. */
@Component
class VolumeMeasures implements Measure {

  private final ReportingQueries queries;
  private final TrafficLights lights;

  VolumeMeasures(ReportingQueries queries, TrafficLights lights) {
    this.queries = queries;
    this.lights = lights;
  }

  private record Event(String reference, String municipality, ScaleKind kind, LocalDate on) {}

  private record CaseReferral(String reference, String municipality, Referral.Kind kind, BigDecimal cost, LocalDate start) {}

  @Override
  public List<Measured> measure(Context context) {
    ReportPeriod period = context.period();
    List<Event> events = queries.query("""
        select c.reference, c.municipality, se.kind, se.occurred_on
        from scale_event se join case_file c on c.id = se.case_file_id
        where se.occurred_on between :fromDate and :toDate""" + ReportingQueries.municipality("c", period) + " order by se.occurred_on, c.reference",
        queries.params(period), (rs, i) -> new Event(rs.getString("reference"), rs.getString("municipality"),
            ScaleKind.valueOf(rs.getString("kind")), ReportingQueries.localDate(rs, "occurred_on")));
    return List.of(scaling(Kpi.SCALE_UPS, ScaleKind.Direction.UP, events),
        scaling(Kpi.SCALE_DOWNS, ScaleKind.Direction.DOWN, events), referrals(period), returned(period, events));
  }

  private Measured scaling(Kpi kpi, ScaleKind.Direction direction, List<Event> events) {
    List<Event> these = events.stream().filter(e -> e.kind().direction() == direction).toList();
    Map<ScaleKind, Long> perKind = new EnumMap<>(ScaleKind.class);
    these.forEach(e -> perKind.merge(e.kind(), 1L, Long::sum));
    List<KpiFigure.Part> parts = new ArrayList<>();
    for (ScaleKind kind : ScaleKind.values()) {
      if (kind.direction() == direction) {
        long n = perKind.getOrDefault(kind, 0L);
        parts.add(new KpiFigure.Part(kind.label(), (double) n, Unit.number(n, 0)));
      }
    }
    String detail = direction == ScaleKind.Direction.UP
        ? these.size() + " opschalingen, waarvan " + perKind.getOrDefault(ScaleKind.VEILIG_THUIS_REPORT, 0L)
            + " meldingen bij Veilig Thuis"
        : these.size() + " afschalingen";
    List<DrillItem> items = these.stream().map(e -> DrillItem.ofCase(e.reference(),
        ReportingQueries.municipalityLabel(e.municipality()), e.kind().label() + " (" + DutchDates.format(e.on()) + ")"))
        .toList();
    return new Measured(KpiFigure.of(kpi, (double) these.size(), these.size(), detail, parts), items);
  }

  private Measured referrals(ReportPeriod period) {
    ReportPeriod earlier = period.yearEarlier();
    var params = queries.params(period).addValue("earlierFrom", java.sql.Date.valueOf(earlier.from()))
        .addValue("earlierTo", java.sql.Date.valueOf(earlier.to()));
    List<CaseReferral> all = queries.query("""
        select c.reference, c.municipality, r.kind, r.estimated_cost, r.start_date
        from referral r join case_file c on c.id = r.case_file_id
        where (r.start_date between :fromDate and :toDate or r.start_date between :earlierFrom and :earlierTo)"""
        + ReportingQueries.municipality("c", period),
        params, (rs, i) -> new CaseReferral(rs.getString("reference"), rs.getString("municipality"),
            Referral.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("estimated_cost"),
            ReportingQueries.localDate(rs, "start_date")));
    List<CaseReferral> now = all.stream().filter(r -> period.contains(r.start()) && r.kind() == Referral.Kind.REFERRAL).toList();
    List<CaseReferral> before = all.stream().filter(r -> earlier.contains(r.start()) && r.kind() == Referral.Kind.REFERRAL).toList();
    long ownExpertise = all.stream().filter(r -> period.contains(r.start()) && r.kind() == Referral.Kind.OWN_EXPERTISE).count();
    double cost = sum(now);
    double earlierCost = sum(before);
    double saving = earlierCost - cost;
    double target = lights.referralReductionTarget() * period.days() / 365.0;
    List<KpiFigure.Part> parts = List.of(
        new KpiFigure.Part("Verwijzingen", (double) now.size(), Unit.number(now.size(), 0)),
        new KpiFigure.Part("Een jaar eerder", earlierCost, Unit.EURO.format(earlierCost) + " (" + before.size()
            + " verwijzingen)"),
        new KpiFigure.Part("Besparing", saving, Unit.EURO.format(saving)),
        new KpiFigure.Part("Reductiedoel naar rato", target, Unit.EURO.format(target)),
        new KpiFigure.Part("Eigen expertise ingezet", (double) ownExpertise, Unit.number(ownExpertise, 0)));
    // Without referrals a year earlier (the first year, or no data) there is no baseline to save against: no light
    // rather than a red one.
    boolean baseline = !before.isEmpty();
    KpiFigure figure = KpiFigure.of(Kpi.REFERRAL_COST, cost, now.size(), now.size() + " verwijzingen, "
        + Unit.EURO.format(cost) + (baseline ? " tegen " + Unit.EURO.format(earlierCost) + " een jaar eerder"
            : "; een jaar eerder geen verwijzingen, dus geen vergelijking met het reductiedoel"), parts)
        .judgedOn(target > 0 && baseline ? saving / target : null);
    List<DrillItem> items = now.stream().sorted(Comparator.comparing(CaseReferral::start))
        .map(r -> DrillItem.ofCase(r.reference(), ReportingQueries.municipalityLabel(r.municipality()),
            "Verwijzing vanaf " + DutchDates.format(r.start()) + (r.cost() == null ? ", kosten onbekend"
                : ", geschat " + Unit.EURO.format(r.cost().doubleValue()))))
        .toList();
    return new Measured(figure, items);
  }

  private static double sum(List<CaseReferral> referrals) {
    return referrals.stream().map(CaseReferral::cost).filter(java.util.Objects::nonNull)
        .mapToDouble(BigDecimal::doubleValue).sum();
  }

  private Measured returned(ReportPeriod period, List<Event> events) {
    List<DrillItem> items = new ArrayList<>(queries.query("""
        select c.reference, c.municipality, c.intake_held_on from case_file c
        where c.household_fits = false and c.intake_held_on between :fromDate and :toDate"""
        + ReportingQueries.municipality("c", period) + " order by c.intake_held_on, c.reference",
        queries.params(period), (rs, i) -> DrillItem.ofCase(rs.getString("reference"),
            ReportingQueries.municipalityLabel(rs.getString("municipality")), "Past niet bij het PlusTeam (intake "
                + DutchDates.format(ReportingQueries.localDate(rs, "intake_held_on")) + ")")));
    long afterIntake = items.size();
    events.stream().filter(e -> e.kind() == ScaleKind.BACK_TO_CMD).forEach(e -> items.add(DrillItem.ofCase(e.reference(),
        ReportingQueries.municipalityLabel(e.municipality()), "Afgeschaald naar het CMD (" + DutchDates.format(e.on()) + ")")));
    long scaledDown = items.size() - afterIntake;
    KpiFigure figure = KpiFigure.of(Kpi.RETURNED_TO_CMD, (double) items.size(), items.size(),
        afterIntake + " na de intake, " + scaledDown + " afgeschaald",
        List.of(new KpiFigure.Part("Na de intake (past niet)", (double) afterIntake, Unit.number(afterIntake, 0)),
            new KpiFigure.Part("Afgeschaald naar het CMD", (double) scaledDown, Unit.number(scaledDown, 0))));
    return new Measured(figure, items);
  }
}
