package nl.plusteam.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.caseload.CaseRole;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.caseload.CaseloadWeights;
import nl.plusteam.caseload.Track;
import nl.plusteam.system.DutchDates;

/**
 * The weighted caseload per generalist against the norm, on the period's last day (or now). Now it is the team's
 * caseload as the caseload talks see it; for a day in the past it is rebuilt from the cases that ran then, their
 * track then (from the scale events) and their current lead, partner and third involved, because role changes are
 * not kept as history. The caseload is the team's, so it is the same for either municipality.
 */
@Component
class CaseloadMeasure implements Measure {

  private final ReportingQueries queries;
  private final CaseloadService caseloads;
  private final CaseloadWeights weights;
  private final GeneralistDirectory generalists;
  private final Clock clock;

  CaseloadMeasure(ReportingQueries queries, CaseloadService caseloads, CaseloadWeights weights,
      GeneralistDirectory generalists, Clock clock) {
    this.queries = queries;
    this.caseloads = caseloads;
    this.weights = weights;
    this.generalists = generalists;
    this.clock = clock;
  }

  @Override
  public List<Measured> measure(Context context) {
    boolean now = Duration.between(context.asOf(), clock.instant()).abs().toMinutes() < 1;
    CaseloadWeights.Table table = weights.table();
    // the team: the members of the generalist group, named in one query (not one per generalist)
    Map<String, String> team = new HashMap<>();
    generalists.generalists().forEach(user -> team.put(user.getId(), GeneralistDirectory.displayName(user)));
    Map<String, CaseloadService.Caseload> perGeneralist = now ? caseloads.overview(team.keySet()).caseloads()
        : rebuilt(context, table, team.keySet());
    double norm = table.norm();
    List<Map.Entry<String, CaseloadService.Caseload>> loaded = perGeneralist.entrySet().stream()
        .filter(e -> e.getValue().cases() > 0).toList();
    double mean = loaded.stream().mapToDouble(e -> e.getValue().weighted()).average().orElse(Double.NaN);
    double max = loaded.stream().mapToDouble(e -> e.getValue().weighted()).max().orElse(0);
    List<Map.Entry<String, CaseloadService.Caseload>> above = loaded.stream()
        .filter(e -> e.getValue().aboveNorm(norm))
        .sorted(Comparator.comparing((Map.Entry<String, CaseloadService.Caseload> e) -> e.getValue().weighted()).reversed())
        .toList();
    String on = DutchDates.format(context.asOfDay());
    KpiFigure figure = KpiFigure.of(Kpi.CASELOAD, loaded.isEmpty() ? null : mean, loaded.size(),
        loaded.isEmpty() ? "Geen generalisten met lopende casussen op " + on
            : "Gemiddeld over " + loaded.size() + " generalisten met casussen op " + on + "; " + above.size()
                + " boven de norm van " + Unit.number(norm, 1),
        List.of(new KpiFigure.Part("Generalisten met casussen", (double) loaded.size(), Unit.number(loaded.size(), 0)),
            new KpiFigure.Part("Boven de norm", (double) above.size(), Unit.number(above.size(), 0)),
            new KpiFigure.Part("Hoogste caseload", max, Unit.number(max, 1)),
            new KpiFigure.Part("Norm", norm, Unit.number(norm, 1))));
    // everyone behind the mean, heaviest first; above the norm marked
    List<DrillItem> items = loaded.stream()
        .sorted(Comparator.comparing((Map.Entry<String, CaseloadService.Caseload> e) -> e.getValue().weighted()).reversed())
        .map(e -> DrillItem.ofGeneralist(team.getOrDefault(e.getKey(), e.getKey()), (e.getValue().aboveNorm(norm) ? "⚠ boven de norm: " : "")
            + "gewogen caseload " + CaseloadService.format(e.getValue().weighted()) + " (norm " + Unit.number(norm, 1)
            + "; " + e.getValue().cases() + " casussen)"))
        .toList();
    return List.of(new Measured(figure, items));
  }

  private record RunningCase(long id, String lead, String partner, LocalDate endedOn, String trackKind) {}

  /**
   * The team's caseloads as they were at the period's moment, rebuilt from the dossier: the cases a member of the
   * team led or partnered then (through the lead and partner indexes: other teams' cases in the same database are
   * not read).
   */
  private Map<String, CaseloadService.Caseload> rebuilt(Context context, CaseloadWeights.Table table,
      java.util.Set<String> team) {
    Map<String, CaseloadService.Caseload> perGeneralist = new HashMap<>();
    if (team.isEmpty()) {
      return perGeneralist;
    }
    LocalDate day = context.asOfDay();
    var params = queries.params(context.period()).addValue("asOfDay", java.sql.Date.valueOf(day))
        .addValue("asOf", java.sql.Timestamp.from(context.asOf())).addValue("team", team);
    List<RunningCase> cases = queries.query("""
        select c.id, c.lead_generalist, c.partner_generalist,
          case when c.status = 'CLOSED' then c.closed_on
               when c.status = 'RETURNED' then c.intake_held_on
               when c.status = 'HANDED_BACK' then (select max(se.occurred_on) from scale_event se
                 where se.case_file_id = c.id and se.kind = 'BACK_TO_CMD') end as ended_on,
          (select se.kind from scale_event se where se.case_file_id = c.id and se.occurred_on <= :asOfDay
             and se.kind in ('MONITORING', 'LIFE_COURSE', 'RELAPSE', 'BACK_TO_REGULAR')
           order by se.occurred_on desc, se.id desc fetch first 1 rows only) as track_kind
        from case_file c
        where (c.lead_generalist in (:team) or c.partner_generalist in (:team)) and c.opened_at < :asOf""",
        params, (rs, i) -> new RunningCase(rs.getLong("id"), rs.getString("lead_generalist"),
            rs.getString("partner_generalist"), ReportingQueries.localDate(rs, "ended_on"), rs.getString("track_kind")));
    Map<Long, Track> running = new HashMap<>();
    for (RunningCase c : cases) {
      if (c.endedOn() != null && !c.endedOn().isAfter(day)) {
        continue;
      }
      Track track = c.trackKind() == null ? Track.REGULIER : switch (c.trackKind()) {
        case "MONITORING" -> Track.WAAKVLAM;
        case "LIFE_COURSE" -> Track.LEVENSLOOP;
        default -> Track.REGULIER;
      };
      running.put(c.id(), track);
      add(perGeneralist, team, c.lead(), table.weight(CaseRole.REGISSEUR, track));
      add(perGeneralist, team, c.partner(), table.weight(CaseRole.DUOPARTNER, track));
    }
    queries.query("select t.user_id, t.case_file_id from case_third_party t where t.added_on <= :asOfDay"
        + " and t.user_id in (:team)", params,
        (rs, i) -> {
          Track track = running.get(rs.getLong("case_file_id"));
          if (track != null) {
            add(perGeneralist, team, rs.getString("user_id"), table.weight(CaseRole.DERDE_BETROKKEN, track));
          }
          return null;
        });
    return perGeneralist;
  }

  private static void add(Map<String, CaseloadService.Caseload> perGeneralist, java.util.Set<String> team,
      String userId, double weight) {
    if (userId != null && team.contains(userId)) {
      perGeneralist.merge(userId, new CaseloadService.Caseload(1, weight),
          (a, b) -> new CaseloadService.Caseload(a.cases() + b.cases(), a.weighted() + b.weighted()));
    }
  }
}
