package nl.plusteam.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.handoff.Urgency;
import nl.plusteam.system.DutchDates;

/**
 * Handoffs received, intakes within their term (regular and urgent) and the median days to intake. The term is
 * the deadline the engine gave each case when it started (intakeDeadline, from intake-terms.dmn as it was then),
 * so a changed term never rewrites the past.
 */
@Component
class AccessMeasures implements Measure {

  private final ReportingQueries queries;

  AccessMeasures(ReportingQueries queries) {
    this.queries = queries;
  }

  private record Handoff(String reference, String municipality, Urgency urgency, String processInstanceId,
      Instant receivedAt, LocalDate intakeOn, boolean ended, Instant deadline) {
    LocalDate receivedOn() {
      return ReportingQueries.dayOf(receivedAt);
    }

    long daysToIntake() {
      return ChronoUnit.DAYS.between(receivedOn(), intakeOn);
    }
  }

  @Override
  public List<Measured> measure(Context context) {
    ReportPeriod period = context.period();
    List<Handoff> received = queries.query("select " + COLUMNS + """
        from handoff h join case_file c on c.handoff_id = h.id
        where h.received_at >= :start and h.received_at < :end""" + ReportingQueries.municipality("h", period),
        queries.params(period), (rs, i) -> handoff(rs));
    List<Handoff> intakesHeld = queries.query("select " + COLUMNS + """
        from case_file c join handoff h on h.id = c.handoff_id
        where c.intake_held_on between :fromDate and :toDate""" + ReportingQueries.municipality("c", period),
        queries.params(period), (rs, i) -> handoff(rs));
    Map<String, Instant> deadlines = new java.util.HashMap<>();
    java.util.stream.Stream.concat(received.stream(), intakesHeld.stream()).filter(h -> h.deadline() != null)
        .forEach(h -> deadlines.put(h.processInstanceId(), h.deadline()));

    List<Measured> measured = new ArrayList<>();
    measured.add(handoffs(received));
    measured.add(onTime(Kpi.INTAKE_ON_TIME, Urgency.REGULIER, received, deadlines, context.asOf()));
    measured.add(onTime(Kpi.URGENT_INTAKE_ON_TIME, Urgency.SPOED, received, deadlines, context.asOf()));
    measured.add(median(intakesHeld, deadlines));
    return measured;
  }

  /**
   * A case's handoff with the intake deadline the engine gave it. The deadline is read in the same query from the
   * engine's history (a date variable keeps its value as epoch milliseconds in {@code LONG_}): at national scale
   * a quarter holds tens of thousands of handoffs, and asking the history API for their variables in chunks cost
   * seconds per dashboard.
   */
  private static final String COLUMNS = """
      c.reference, c.municipality, h.urgency, c.process_instance_id, h.received_at, c.intake_held_on, c.status,
        (select max(v.LONG_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = c.process_instance_id
           and v.NAME_ = '%s' and v.VAR_TYPE_ = 'date' and v.STATE_ = 'CREATED') as intake_deadline
      """.formatted(CaseProcess.Variables.INTAKE_DEADLINE);

  private static Handoff handoff(java.sql.ResultSet rs) throws java.sql.SQLException {
    String status = rs.getString("status");
    long deadline = rs.getLong("intake_deadline");
    return new Handoff(rs.getString("reference"), rs.getString("municipality"), Urgency.valueOf(rs.getString("urgency")),
        rs.getString("process_instance_id"), ReportingQueries.instant(rs, "received_at"),
        ReportingQueries.localDate(rs, "intake_held_on"),
        "CLOSED".equals(status) || "HANDED_BACK".equals(status) || "RETURNED".equals(status),
        rs.wasNull() ? null : Instant.ofEpochMilli(deadline));
  }

  private Measured handoffs(List<Handoff> received) {
    long urgent = received.stream().filter(h -> h.urgency() == Urgency.SPOED).count();
    long regular = received.size() - urgent;
    KpiFigure figure = KpiFigure.of(Kpi.HANDOFFS_RECEIVED, (double) received.size(), received.size(),
        received.size() + " aanmeldingen, waarvan " + urgent + " spoed",
        List.of(new KpiFigure.Part("Regulier", (double) regular, Unit.number(regular, 0)),
            new KpiFigure.Part("Spoed", (double) urgent, Unit.number(urgent, 0))));
    List<DrillItem> items = received.stream().sorted(Comparator.comparing(Handoff::receivedAt))
        .map(h -> DrillItem.ofCase(h.reference(), ReportingQueries.municipalityLabel(h.municipality()),
            h.urgency().label() + ", ontvangen " + DutchDates.format(h.receivedOn())))
        .toList();
    return new Measured(figure, items);
  }

  private Measured onTime(Kpi kpi, Urgency urgency, List<Handoff> received, Map<String, Instant> deadlines, Instant asOf) {
    long counted = 0;
    long late = 0;
    List<DrillItem> items = new ArrayList<>();
    for (Handoff h : received) {
      Instant deadline = deadlines.get(h.processInstanceId());
      if (h.urgency() != urgency || deadline == null) {
        continue;
      }
      LocalDate deadlineDay = ReportingQueries.dayOf(deadline);
      String municipality = ReportingQueries.municipalityLabel(h.municipality());
      if (h.intakeOn() != null) {
        counted++;
        if (h.intakeOn().isAfter(deadlineDay)) {
          late++;
          items.add(DrillItem.ofCase(h.reference(), municipality, "Intake na " + h.daysToIntake() + " dagen, op "
              + DutchDates.format(h.intakeOn()) + " (termijn tot en met " + DutchDates.format(deadlineDay) + ")"));
        }
      } else if (!h.ended() && asOf.isAfter(deadline)) {
        counted++;
        late++;
        items.add(DrillItem.ofCase(h.reference(), municipality, "Nog geen intake; de termijn verstreek op "
            + DutchDates.format(deadlineDay)));
      }
    }
    long onTime = counted - late;
    String what = urgency == Urgency.SPOED ? "spoedintakes" : "intakes";
    KpiFigure figure = KpiFigure.of(kpi, counted == 0 ? null : Measure.share(onTime, counted), counted,
        counted == 0 ? "Geen " + what + " met een verstreken termijn" : onTime + " van " + counted + " " + what
            + " binnen de termijn",
        List.of(new KpiFigure.Part("Op tijd", (double) onTime, onTime + Measure.percentage(onTime, counted)),
            new KpiFigure.Part("Te laat (of nog niet gehouden)", (double) late, late + Measure.percentage(late, counted))));
    return new Measured(figure, items);
  }

  private Measured median(List<Handoff> intakes, Map<String, Instant> deadlines) {
    List<Long> days = intakes.stream().map(Handoff::daysToIntake).sorted().toList();
    Double median = null;
    if (!days.isEmpty()) {
      int middle = days.size() / 2;
      median = days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
    }
    KpiFigure figure = KpiFigure.of(Kpi.MEDIAN_DAYS_TO_INTAKE, median, days.size(),
        days.isEmpty() ? "Geen intakes gehouden in de periode"
            : "Over " + days.size() + " intakes; snelste " + days.get(0) + ", langste " + days.get(days.size() - 1)
                + " dagen",
        List.of());
    List<DrillItem> items = intakes.stream()
        .filter(h -> deadlines.containsKey(h.processInstanceId())
            && h.intakeOn().isAfter(ReportingQueries.dayOf(deadlines.get(h.processInstanceId()))))
        .sorted(Comparator.comparing(Handoff::daysToIntake).reversed())
        .map(h -> DrillItem.ofCase(h.reference(), ReportingQueries.municipalityLabel(h.municipality()),
            "Intake na " + h.daysToIntake() + " dagen, na de termijn (aangemeld " + DutchDates.format(h.receivedOn())
                + ")"))
        .toList();
    return new Measured(figure, items);
  }
}
