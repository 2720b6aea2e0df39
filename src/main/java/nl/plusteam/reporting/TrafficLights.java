package nl.plusteam.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.springframework.stereotype.Component;

import nl.plusteam.system.process.DecisionTables;

/**
 * The traffic lights of processes/kpi-thresholds.dmn, as the process owner set them: which light a KPI's
 * value gets, the thresholds in words for the report ("groen vanaf 90%"), and the referral reduction target.
 * The newest deployed table applies at once.
 */
@Component
public class TrafficLights {

  public static final String LIGHT_DECISION = "kpiLight";
  public static final String REFERRAL_TARGET_DECISION = "referralReductionTarget";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** Lights already judged per table version, KPI and value: the dashboard asks the same ones again and again. */
  private static final int REMEMBERED = 5_000;

  private final DecisionTables tables;
  private final Map<Judged, Optional<String>> judged = new ConcurrentHashMap<>();

  /** One judgement: the parsed table (one object per deployed version), the KPI and its value. */
  private record Judged(DmnDecision decision, String kpi, double value) {}

  TrafficLights(DecisionTables tables) {
    this.tables = tables;
  }

  /** The figure with its light (none when the table has no rules for the KPI, or nothing was measured). */
  public KpiFigure judge(KpiFigure figure) {
    return judge(figure, tables.latest(LIGHT_DECISION));
  }

  KpiFigure judge(KpiFigure figure, DmnDecision decision) {
    String norm = norm(decision, figure.kpi());
    if (figure.basis() == null) {
      return figure.withLight(null, norm);
    }
    Optional<String> judgement = lightOf(decision, figure.kpi().key(), figure.basis());
    if (judgement.isEmpty()) {
      return figure.withLight(null, norm);
    }
    String code = judgement.get();
    Light light = Light.ofCode(code).orElseThrow(() -> new IllegalStateException("kpi-thresholds.dmn geeft voor "
        + figure.kpi().key() + " het stoplicht '" + code + "'; kies groen, oranje of rood."));
    return figure.withLight(light, norm);
  }

  /**
   * The light code the table gives a KPI's value. The answer depends only on the table version and the two
   * inputs (the thresholds compare numbers), so it is remembered: evaluating the table parses every rule's FEEL
   * entries again, about a millisecond per rule, for each figure of each dashboard request.
   */
  private Optional<String> lightOf(DmnDecision decision, String kpi, double value) {
    Judged key = new Judged(decision, kpi, value);
    Optional<String> known = judged.get(key);
    if (known != null) {
      return known;
    }
    DmnDecisionResult result = tables.evaluate(decision, Map.of("kpi", kpi, "value", value));
    Optional<String> light = result.isEmpty() ? Optional.empty()
        : Optional.ofNullable(result.getSingleResult().getEntry("light"));
    if (judged.size() >= REMEMBERED) {
      judged.clear();
    }
    judged.put(key, light);
    return light;
  }

  public List<KpiFigure> judgeAll(List<KpiFigure> figures) {
    DmnDecision decision = tables.latest(LIGHT_DECISION);
    return figures.stream().map(figure -> judge(figure, decision)).toList();
  }

  /** Euro per year: how much less the team means to spend on referrals than the year before. */
  public double referralReductionTarget() {
    Number target = tables.evaluate(REFERRAL_TARGET_DECISION, Map.of()).getSingleResult().getSingleEntry();
    return target.doubleValue();
  }

  /** "groen: 90% of meer · oranje: 75% tot 90% · rood: onder 75%", read from the table's rules; null without rules. */
  String norm(DmnDecision decision, Kpi kpi) {
    if (!(decision.getDecisionLogic() instanceof DmnDecisionTableImpl table)) {
      return null;
    }
    Map<String, String> bands = new LinkedHashMap<>();
    for (DmnDecisionTableRuleImpl rule : table.getRules()) {
      String kpiEntry = rule.getConditions().get(0).getExpression();
      if (kpiEntry != null && kpiEntry.trim().equals("\"" + kpi.key() + "\"")) {
        String light = rule.getConclusions().get(0).getExpression().replace("\"", "").trim();
        bands.put(light, words(rule.getConditions().get(1).getExpression(), kpi.unit()));
      }
    }
    if (bands.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    bands.forEach((light, words) -> parts.add(light + ": " + words));
    return String.join(" · ", parts);
  }

  /** A FEEL entry in words: ">= 0.9" → "90% of meer", "[0.75..0.9[" → "75% tot 90%", "]10..14]" → "boven 10 t/m 14". */
  static String words(String entry, Unit unit) {
    if (entry == null || entry.isBlank()) {
      return "elke waarde";
    }
    String e = entry.trim();
    List<String> numbers = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(e);
    while (matcher.find()) {
      numbers.add(unit.formatThreshold(Double.parseDouble(matcher.group())));
    }
    if (numbers.size() == 1) {
      String n = numbers.get(0);
      if (e.startsWith(">=")) {
        return n + " of meer";
      }
      if (e.startsWith("<=")) {
        return "t/m " + n;
      }
      if (e.startsWith(">")) {
        return "boven " + n;
      }
      if (e.startsWith("<")) {
        return "onder " + n;
      }
      return n;
    }
    if (numbers.size() == 2) {
      String low = (e.startsWith("]") || e.startsWith("(") ? "boven " : "") + numbers.get(0);
      String high = (e.endsWith("]") ? "t/m " : "tot ") + numbers.get(1);
      return low + " " + high;
    }
    return e;
  }
}
