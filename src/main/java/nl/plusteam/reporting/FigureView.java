package nl.plusteam.reporting;

import java.util.List;

/**
 * A KPI figure as the dashboard, the API and a frozen report show it: every text in Dutch, the number both raw
 * (for charts) and formatted. Frozen reports keep exactly this, so a final report reads the same years later.
 */
public record FigureView(String key, String label, String group, String unit, Double value, String display, long count,
    String detail, String light, String lightLabel, String norm, String definition, boolean drillDown,
    List<KpiFigure.Part> parts) {

  public static FigureView of(KpiFigure figure) {
    Kpi kpi = figure.kpi();
    return new FigureView(kpi.key(), kpi.label(), kpi.group().label(), kpi.unit().code(), figure.value(), figure.display(),
        figure.count(), figure.detail(), figure.light() == null ? null : figure.light().code(),
        figure.light() == null ? "Geen norm" : figure.light().label(), figure.norm(), kpi.definition(), true,
        figure.parts());
  }
}
