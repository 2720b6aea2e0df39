package nl.plusteam.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.reporting.process.EngineHistory;
import nl.plusteam.system.DutchDates;

/**
 * The family plan: how many running cases past their plan term have a plan the family and the lead agreed to,
 * and how often the family agrees to the first plan put to it.
 */
@Component
class PlanMeasures implements Measure {

  private final ReportingQueries queries;
  private final EngineHistory engine;

  PlanMeasures(ReportingQueries queries, EngineHistory engine) {
    this.queries = queries;
    this.engine = engine;
  }

  private record PlanCase(String reference, String municipality, String processInstanceId, LocalDate endedOn,
      LocalDate consentedOn) {}

  private record FirstAsk(String reference, String municipality, boolean agreed, LocalDate decidedOn) {}

  @Override
  public List<Measured> measure(Context context) {
    return List.of(consentedPlans(context), firstAsk(context.period()));
  }

  private Measured consentedPlans(Context context) {
    ReportPeriod period = context.period();
    var params = queries.params(period).addValue("asOfDay", java.sql.Date.valueOf(context.asOfDay()));
    List<PlanCase> cases = queries.query("""
        select c.reference, c.municipality, c.process_instance_id,
          case when c.status = 'CLOSED' then c.closed_on
               when c.status = 'HANDED_BACK' then (select max(se.occurred_on) from scale_event se
                 where se.case_file_id = c.id and se.kind = 'BACK_TO_CMD') end as ended_on,
          (select min(fc.decided_on) from family_consent fc join family_plan p on p.id = fc.plan_id
            where p.case_file_id = c.id and fc.family_agrees = true and fc.lead_agrees = true) as consented_on
        from case_file c
        where c.household_fits = true and c.intake_held_on <= :asOfDay""" + ReportingQueries.municipality("c", period),
        params, (rs, i) -> new PlanCase(rs.getString("reference"), rs.getString("municipality"),
            rs.getString("process_instance_id"), ReportingQueries.localDate(rs, "ended_on"),
            ReportingQueries.localDate(rs, "consented_on")));
    Map<String, Instant> deadlines = engine.dateVariable(CaseProcess.Variables.PLAN_DEADLINE,
        cases.stream().map(PlanCase::processInstanceId).toList());
    LocalDate asOfDay = context.asOfDay();
    long counted = 0;
    long consented = 0;
    List<DrillItem> items = new ArrayList<>();
    for (PlanCase c : cases) {
      Instant deadline = deadlines.get(c.processInstanceId());
      boolean running = c.endedOn() == null || c.endedOn().isAfter(asOfDay);
      boolean hasConsent = c.consentedOn() != null && !c.consentedOn().isAfter(asOfDay);
      // A case revising its plan after an evaluation has a new plan term, but it still has an agreed plan.
      boolean termPassed = deadline != null && !deadline.isAfter(context.asOf());
      if (!running || !hasConsent && !termPassed) {
        continue;
      }
      counted++;
      if (hasConsent) {
        consented++;
      } else {
        items.add(DrillItem.ofCase(c.reference(), ReportingQueries.municipalityLabel(c.municipality()),
            "Plantermijn verstreken op " + DutchDates.format(ReportingQueries.dayOf(deadline))
                + "; nog geen akkoord op het gezinsplan"));
      }
    }
    KpiFigure figure = KpiFigure.of(Kpi.CONSENTED_PLAN_SHARE, counted == 0 ? null : Measure.share(consented, counted),
        counted, counted == 0 ? "Geen lopende casussen voorbij de plantermijn op " + DutchDates.format(asOfDay)
            : consented + " van " + counted + " lopende casussen voorbij de plantermijn hebben een akkoord gezinsplan"
                + " (peildatum " + DutchDates.format(asOfDay) + ")",
        List.of(new KpiFigure.Part("Met akkoord plan", (double) consented, consented + Measure.percentage(consented, counted)),
            new KpiFigure.Part("Zonder akkoord plan", (double) (counted - consented),
                (counted - consented) + Measure.percentage(counted - consented, counted))));
    return new Measured(figure, items);
  }

  private Measured firstAsk(ReportPeriod period) {
    List<FirstAsk> asks = queries.query("""
        select c.reference, c.municipality, fc.family_agrees, fc.decided_on
        from family_consent fc join family_plan p on p.id = fc.plan_id join case_file c on c.id = p.case_file_id
        where fc.id = (select min(f2.id) from family_consent f2 join family_plan p2 on p2.id = f2.plan_id
                       where p2.case_file_id = c.id)
          and fc.decided_on between :fromDate and :toDate""" + ReportingQueries.municipality("c", period),
        queries.params(period), (rs, i) -> new FirstAsk(rs.getString("reference"), rs.getString("municipality"),
            rs.getBoolean("family_agrees"), ReportingQueries.localDate(rs, "decided_on")));
    long agreed = asks.stream().filter(FirstAsk::agreed).count();
    long refused = asks.size() - agreed;
    KpiFigure figure = KpiFigure.of(Kpi.CONSENT_AT_FIRST_ASK, asks.isEmpty() ? null : Measure.share(agreed, asks.size()),
        asks.size(), asks.isEmpty() ? "Geen eerste gezinsplannen voorgelegd in de periode"
            : agreed + " van " + asks.size() + " gezinnen gingen akkoord met het eerste plan",
        List.of(new KpiFigure.Part("Meteen akkoord", (double) agreed, agreed + Measure.percentage(agreed, asks.size())),
            new KpiFigure.Part("Eerst niet akkoord", (double) refused, refused + Measure.percentage(refused, asks.size()))));
    List<DrillItem> items = asks.stream().filter(a -> !a.agreed()).sorted(Comparator.comparing(FirstAsk::decidedOn))
        .map(a -> DrillItem.ofCase(a.reference(), ReportingQueries.municipalityLabel(a.municipality()),
            "Gezin niet akkoord met het eerste plan (" + DutchDates.format(a.decidedOn()) + ")"))
        .toList();
    return new Measured(figure, items);
  }
}
