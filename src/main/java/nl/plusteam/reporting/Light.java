package nl.plusteam.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The traffic light (stoplicht) kpi-thresholds.dmn gives a KPI's value. */
public enum Light {
  GROEN("Groen"),
  ORANJE("Oranje"),
  ROOD("Rood");

  private final String label;

  Light(String label) {
    this.label = label;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String label() {
    return label;
  }

  public static Optional<Light> ofCode(String code) {
    return Arrays.stream(values()).filter(light -> light.code().equals(code)).findFirst();
  }
}
