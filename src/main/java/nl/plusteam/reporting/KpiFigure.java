package nl.plusteam.reporting;

import java.util.List;

/**
 * One KPI measured over one period: its value (null when there is nothing to measure), how many cases,
 * evaluations or responses it rests on, a sentence saying so, the breakdown, and the light.
 *
 * @param basis the number the thresholds judge; the value itself except where the KPI says otherwise
 *     (referral cost is judged on the saving against the reduction target)
 */
public record KpiFigure(Kpi kpi, Double value, long count, String detail, Double basis, List<Part> parts, Light light,
    String norm) {

  /** A line of a KPI's breakdown: "Deels bereikt: 12 (30%)". */
  public record Part(String label, Double value, String display) {}

  public static KpiFigure of(Kpi kpi, Double value, long count, String detail, List<Part> parts) {
    return new KpiFigure(kpi, value, count, detail, value, parts, null, null);
  }

  public KpiFigure judgedOn(Double otherBasis) {
    return new KpiFigure(kpi, value, count, detail, otherBasis, parts, light, norm);
  }

  public KpiFigure withLight(Light newLight, String newNorm) {
    return new KpiFigure(kpi, value, count, detail, basis, parts, newLight, newNorm);
  }

  public String display() {
    return kpi.unit().format(value);
  }
}
