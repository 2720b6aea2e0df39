package nl.plusteam.zrm;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.plusteam.system.process.DossierFields;

/** ZRM measurements: reading them from forms, storing them once, and comparing them. */
@Service
public class ZrmService {

  private final ZrmMeasurementRepository measurements;

  ZrmService(ZrmMeasurementRepository measurements) {
    this.measurements = measurements;
  }

  /** The eleven scores under {@code zrm} of a form's dossier input; every domain 1 to 5. */
  public Map<ZrmDomain, Integer> read(DossierFields dossier) {
    DossierFields zrm = dossier.nested(dossier.node("zrm"), "ZRM");
    Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
    for (ZrmDomain domain : ZrmDomain.values()) {
      Integer score = zrm.number(domain.formKey(), domain.label(), 1, 5);
      if (score != null) {
        scores.put(domain, score);
      }
    }
    return scores;
  }

  @Transactional
  public ZrmMeasurement record(Long caseFileId, LocalDate measuredOn, ZrmMeasurement.Occasion occasion,
      Map<ZrmDomain, Integer> scores, String recordedBy, String sourceKey) {
    return measurements.findBySourceKey(sourceKey).orElseGet(() -> measurements.save(
        new ZrmMeasurement(caseFileId, measuredOn, occasion, scores, recordedBy, sourceKey)));
  }

  @Transactional(readOnly = true)
  public List<ZrmMeasurement> history(Long caseFileId) {
    return measurements.findByCaseFileIdOrderByMeasuredOnAscIdAsc(caseFileId);
  }

  @Transactional(readOnly = true)
  public Optional<ZrmMeasurement> latest(Long caseFileId) {
    // one measurement, not the case's whole history with the scores of each
    return measurements.findFirstByCaseFileIdOrderByMeasuredOnDescIdDesc(caseFileId);
  }

  /** "Financiën 2 · Dagbesteding 3 · …", for forms. */
  public static String describe(Map<ZrmDomain, Integer> scores) {
    return java.util.Arrays.stream(ZrmDomain.values()).filter(scores::containsKey)
        .map(domain -> domain.label() + " " + scores.get(domain))
        .collect(Collectors.joining(" · "));
  }

  /** Per domain the change from one measurement to the next: "Financiën 2 → 3 (+1)". */
  public static Map<ZrmDomain, Integer> change(Map<ZrmDomain, Integer> before, Map<ZrmDomain, Integer> after) {
    Map<ZrmDomain, Integer> change = new EnumMap<>(ZrmDomain.class);
    for (ZrmDomain domain : ZrmDomain.values()) {
      if (before.containsKey(domain) && after.containsKey(domain)) {
        change.put(domain, after.get(domain) - before.get(domain));
      }
    }
    return change;
  }

  public static String describeChange(Map<ZrmDomain, Integer> before, Map<ZrmDomain, Integer> after) {
    return change(before, after).entrySet().stream()
        .map(e -> "%s %d → %d (%s%d)".formatted(e.getKey().label(), before.get(e.getKey()), after.get(e.getKey()),
            e.getValue() > 0 ? "+" : "", e.getValue()))
        .collect(Collectors.joining(" · "));
  }
}
