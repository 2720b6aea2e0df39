package nl.plusteam.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the KPIs for a period from the dossier and the engine's history, with the lights of
 * kpi-thresholds.dmn, and the cases behind each figure.
 */
@Service
public class KpiService {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KpiService.class);

  private final List<Measure> measures;
  private final TrafficLights lights;
  private final Clock clock;

  KpiService(List<Measure> measures, TrafficLights lights, Clock clock) {
    this.measures = measures;
    this.lights = lights;
    this.clock = clock;
  }

  /** The figures of a period, as they stand at its end (or now, when the period has not ended yet). */
  public record KpiReport(ReportPeriod period, Instant asOf, Instant computedAt, List<KpiFigure> figures,
      Map<Kpi, List<DrillItem>> items) {

    public KpiFigure figure(Kpi kpi) {
      return figures.stream().filter(f -> f.kpi() == kpi).findFirst().orElseThrow();
    }
  }

  @Transactional(readOnly = true)
  public KpiReport compute(ReportPeriod period) {
    Instant now = clock.instant();
    Instant end = ReportingQueries.startOf(period.to().plusDays(1));
    Instant asOf = end.isBefore(now) ? end : now;
    if (ReportingQueries.startOf(period.from()).isAfter(now)) {
      throw new ReportPeriod.InvalidPeriodException("De periode begint pas op "
          + nl.plusteam.system.DutchDates.format(period.from()) + "; kies een periode tot en met vandaag.");
    }
    Measure.Context context = new Measure.Context(period, asOf);
    List<KpiFigure> figures = new ArrayList<>();
    Map<Kpi, List<DrillItem>> items = new EnumMap<>(Kpi.class);
    for (Measure measure : measures) {
      long started = System.nanoTime();
      for (Measure.Measured measured : measure.measure(context)) {
        figures.add(measured.figure());
        items.put(measured.figure().kpi(), measured.items());
      }
      LOG.debug("KPI-meting {}: {} ms", measure.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
    }
    figures.sort(Comparator.comparing(KpiFigure::kpi));
    long judging = System.nanoTime();
    List<KpiFigure> judged = lights.judgeAll(figures);
    LOG.debug("KPI-stoplichten: {} ms", (System.nanoTime() - judging) / 1_000_000);
    return new KpiReport(period, asOf, now, judged, items);
  }

}
