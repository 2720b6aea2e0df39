package nl.plusteam.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.plusteam.evaluation.GoalOutcome.Outcome;
import nl.plusteam.reporting.process.EngineHistory;
import nl.plusteam.reporting.process.EngineHistory.EvaluationTask;
import nl.plusteam.system.DutchDates;
import nl.plusteam.zrm.ZrmDomain;

/** Evaluations on time (engine history), goals reached, ZRM change and the families' satisfaction (dossier). */
@Component
class OutcomeMeasures implements Measure {

  /** Rapportcijfers below this are listed behind the satisfaction figure. */
  private static final int LISTED_BELOW = 7;

  private final ReportingQueries queries;
  private final EngineHistory engine;

  OutcomeMeasures(ReportingQueries queries, EngineHistory engine) {
    this.queries = queries;
    this.engine = engine;
  }

  private record CaseRef(String reference, String municipality) {
    String municipalityLabel() {
      return ReportingQueries.municipalityLabel(municipality);
    }
  }

  @Override
  public List<Measured> measure(Context context) {
    return List.of(evaluationsOnTime(context), goals(context.period()), zrm(context.period()),
        satisfaction(context.period()));
  }

  private Measured evaluationsOnTime(Context context) {
    ReportPeriod period = context.period();
    List<EvaluationTask> tasks = engine.evaluationsDue(ReportingQueries.startOf(period.from()),
        ReportingQueries.startOf(period.to().plusDays(1)));
    Map<String, CaseRef> cases = casesOf(tasks.stream().map(EvaluationTask::processInstanceId).distinct().toList());
    long counted = 0;
    long late = 0;
    List<DrillItem> items = new ArrayList<>();
    for (EvaluationTask task : tasks.stream().sorted(Comparator.comparing(EvaluationTask::due)).toList()) {
      CaseRef ref = cases.get(task.processInstanceId());
      if (ref == null || period.municipality() != null && !period.municipality().name().equals(ref.municipality())) {
        continue;
      }
      LocalDate dueDay = ReportingQueries.dayOf(task.due());
      if (task.open()) {
        if (!context.asOf().isAfter(task.due())) {
          continue;
        }
        counted++;
        late++;
        items.add(DrillItem.ofCase(ref.reference(), ref.municipalityLabel(), "Evaluatie uiterlijk "
            + DutchDates.format(dueDay) + "; nog niet gehouden"));
        continue;
      }
      counted++;
      LocalDate doneDay = ReportingQueries.dayOf(task.completed());
      if (doneDay.isAfter(dueDay)) {
        late++;
        items.add(DrillItem.ofCase(ref.reference(), ref.municipalityLabel(), "Evaluatie uiterlijk "
            + DutchDates.format(dueDay) + ", gehouden op " + DutchDates.format(doneDay)));
      }
    }
    long onTime = counted - late;
    KpiFigure figure = KpiFigure.of(Kpi.EVALUATIONS_ON_TIME, counted == 0 ? null : Measure.share(onTime, counted), counted,
        counted == 0 ? "Geen evaluaties met een verstreken termijn in de periode"
            : onTime + " van " + counted + " evaluaties op tijd",
        List.of(new KpiFigure.Part("Op tijd", (double) onTime, onTime + Measure.percentage(onTime, counted)),
            new KpiFigure.Part("Te laat of nog niet gehouden", (double) late, late + Measure.percentage(late, counted))));
    return new Measured(figure, items);
  }

  private Map<String, CaseRef> casesOf(List<String> processInstanceIds) {
    Map<String, CaseRef> cases = new HashMap<>();
    for (int i = 0; i < processInstanceIds.size(); i += 1000) {
      var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("pids",
          processInstanceIds.subList(i, Math.min(processInstanceIds.size(), i + 1000)));
      queries.query("select reference, municipality, process_instance_id from case_file where process_instance_id in (:pids)",
          params, (rs, n) -> cases.put(rs.getString("process_instance_id"),
              new CaseRef(rs.getString("reference"), rs.getString("municipality"))));
    }
    return cases;
  }

  private Measured goals(ReportPeriod period) {
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    Map<CaseRef, Long> notReached = new LinkedHashMap<>();
    queries.query("""
        select c.reference, c.municipality, ge.outcome
        from goal_evaluation ge join evaluation e on e.id = ge.evaluation_id join case_file c on c.id = e.case_file_id
        where e.held_on between :fromDate and :toDate""" + ReportingQueries.municipality("c", period) + " order by e.held_on, c.reference",
        queries.params(period), (rs, i) -> {
          Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
          counts.merge(outcome, 1L, Long::sum);
          if (outcome == Outcome.NOT_REACHED) {
            notReached.merge(new CaseRef(rs.getString("reference"), rs.getString("municipality")), 1L, Long::sum);
          }
          return null;
        });
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    long reached = counts.getOrDefault(Outcome.REACHED, 0L);
    List<KpiFigure.Part> parts = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      long n = counts.getOrDefault(outcome, 0L);
      parts.add(new KpiFigure.Part(capitalised(outcome.label()), (double) n, n + Measure.percentage(n, total)));
    }
    KpiFigure figure = KpiFigure.of(Kpi.GOALS_REACHED, total == 0 ? null : Measure.share(reached, total), total,
        total == 0 ? "Geen doelen geëvalueerd in de periode" : reached + " van " + total + " geëvalueerde doelen bereikt",
        parts);
    List<DrillItem> items = notReached.entrySet().stream()
        .map(e -> DrillItem.ofCase(e.getKey().reference(), e.getKey().municipalityLabel(),
            e.getValue() + (e.getValue() == 1 ? " doel" : " doelen") + " niet bereikt"))
        .toList();
    return new Measured(figure, items);
  }

  private record Score(String reference, String municipality, long measurementId, LocalDate measuredOn, ZrmDomain domain,
      int score) {}

  private Measured zrm(ReportPeriod period) {
    Map<String, List<Score>> perCase = new LinkedHashMap<>();
    queries.query("""
        select c.reference, c.municipality, m.id, m.measured_on, s.domain, s.score
        from zrm_measurement m join zrm_score s on s.measurement_id = m.id join case_file c on c.id = m.case_file_id
        where m.measured_on <= :toDate
          and m.case_file_id in (select m2.case_file_id from zrm_measurement m2
                                 where m2.measured_on between :fromDate and :toDate)""" + ReportingQueries.municipality("c", period),
        queries.params(period), (rs, i) -> perCase.computeIfAbsent(rs.getString("reference"), r -> new ArrayList<>())
            .add(new Score(rs.getString("reference"), rs.getString("municipality"), rs.getLong("id"),
                ReportingQueries.localDate(rs, "measured_on"), ZrmDomain.valueOf(rs.getString("domain")),
                rs.getInt("score"))));
    Map<ZrmDomain, double[]> perDomain = new EnumMap<>(ZrmDomain.class);
    double sum = 0;
    long pairs = 0;
    long casesMeasured = 0;
    List<DrillItem> items = new ArrayList<>();
    for (List<Score> scores : perCase.values()) {
      Comparator<Score> order = Comparator.comparing(Score::measuredOn).thenComparing(Score::measurementId);
      Score firstScore = scores.stream().min(order).orElseThrow();
      Score lastScore = scores.stream().max(order).orElseThrow();
      if (firstScore.measurementId() == lastScore.measurementId() || !period.contains(lastScore.measuredOn())) {
        continue;
      }
      Map<ZrmDomain, Integer> first = new EnumMap<>(ZrmDomain.class);
      Map<ZrmDomain, Integer> last = new EnumMap<>(ZrmDomain.class);
      scores.stream().filter(s -> s.measurementId() == firstScore.measurementId()).forEach(s -> first.put(s.domain(), s.score()));
      scores.stream().filter(s -> s.measurementId() == lastScore.measurementId()).forEach(s -> last.put(s.domain(), s.score()));
      double caseSum = 0;
      int caseDomains = 0;
      for (var entry : last.entrySet()) {
        Integer before = first.get(entry.getKey());
        if (before != null) {
          int change = entry.getValue() - before;
          double[] acc = perDomain.computeIfAbsent(entry.getKey(), d -> new double[2]);
          acc[0] += change;
          acc[1]++;
          caseSum += change;
          caseDomains++;
        }
      }
      if (caseDomains == 0) {
        continue;
      }
      casesMeasured++;
      sum += caseSum;
      pairs += caseDomains;
      double caseMean = caseSum / caseDomains;
      if (caseMean < 0) {
        items.add(DrillItem.ofCase(firstScore.reference(), ReportingQueries.municipalityLabel(firstScore.municipality()),
            "ZRM gemiddeld " + Unit.SCORE_CHANGE.format(caseMean) + " tussen " + DutchDates.format(firstScore.measuredOn())
                + " en " + DutchDates.format(lastScore.measuredOn())));
      }
    }
    List<KpiFigure.Part> parts = new ArrayList<>();
    perDomain.forEach((domain, acc) -> parts.add(new KpiFigure.Part(domain.label(), acc[0] / acc[1],
        Unit.SCORE_CHANGE.format(acc[0] / acc[1]) + " (" + (long) acc[1] + ")")));
    KpiFigure figure = KpiFigure.of(Kpi.ZRM_CHANGE, pairs == 0 ? null : sum / pairs, casesMeasured,
        pairs == 0 ? "Geen casussen met een tweede ZRM-meting in de periode"
            : casesMeasured + " casussen, " + pairs + " domeinen gemeten bij de eerste en de laatste meting",
        parts);
    return new Measured(figure, items);
  }

  private record Response(String reference, String municipality, int score, LocalDate on, String occasion) {}

  private Measured satisfaction(ReportPeriod period) {
    List<Response> responses = new ArrayList<>(queries.query("""
        select c.reference, c.municipality, e.satisfaction, e.held_on
        from evaluation e join case_file c on c.id = e.case_file_id
        where e.held_on between :fromDate and :toDate""" + ReportingQueries.municipality("c", period),
        queries.params(period), (rs, i) -> new Response(rs.getString("reference"), rs.getString("municipality"),
            rs.getInt("satisfaction"), ReportingQueries.localDate(rs, "held_on"), "evaluatie")));
    responses.addAll(queries.query("""
        select c.reference, c.municipality, c.closing_satisfaction, c.closed_on
        from case_file c
        where c.closed_on between :fromDate and :toDate and c.closing_satisfaction is not null"""
        + ReportingQueries.municipality("c", period),
        queries.params(period), (rs, i) -> new Response(rs.getString("reference"), rs.getString("municipality"),
            rs.getInt("closing_satisfaction"), ReportingQueries.localDate(rs, "closed_on"), "eindevaluatie")));
    double mean = responses.stream().mapToInt(Response::score).average().orElse(Double.NaN);
    long evaluations = responses.stream().filter(r -> r.occasion().equals("evaluatie")).count();
    KpiFigure figure = KpiFigure.of(Kpi.SATISFACTION, responses.isEmpty() ? null : mean, responses.size(),
        responses.isEmpty() ? "Geen rapportcijfers gegeven in de periode"
            : "Gemiddelde van " + responses.size() + " rapportcijfers (streven 7,5)",
        List.of(new KpiFigure.Part("Uit evaluaties", (double) evaluations, Unit.number(evaluations, 0)),
            new KpiFigure.Part("Uit eindevaluaties", (double) (responses.size() - evaluations),
                Unit.number(responses.size() - evaluations, 0))));
    List<DrillItem> items = responses.stream().filter(r -> r.score() < LISTED_BELOW)
        .sorted(Comparator.comparing(Response::score).thenComparing(Response::on))
        .map(r -> DrillItem.ofCase(r.reference(), ReportingQueries.municipalityLabel(r.municipality()),
            "Rapportcijfer " + r.score() + " (" + r.occasion() + " " + DutchDates.format(r.on()) + ")"))
        .toList();
    return new Measured(figure, items);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
