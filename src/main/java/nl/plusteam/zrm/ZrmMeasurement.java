package nl.plusteam.zrm;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;

/** One Self-Sufficiency Matrix measurement: every domain scored 1 (acute problems) to 5 (fully self-sufficient). */
@Entity
public class ZrmMeasurement {

  public enum Occasion { INTAKE, EVALUATION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;

  private LocalDate measuredOn;

  @Enumerated(EnumType.STRING)
  private Occasion occasion;

  private String recordedBy;

  private String sourceKey;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "zrm_score", joinColumns = @JoinColumn(name = "measurement_id"))
  @MapKeyColumn(name = "domain")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "score")
  private Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);

  protected ZrmMeasurement() {}

  public ZrmMeasurement(Long caseFileId, LocalDate measuredOn, Occasion occasion, Map<ZrmDomain, Integer> scores,
      String recordedBy, String sourceKey) {
    this.caseFileId = caseFileId;
    this.measuredOn = measuredOn;
    this.occasion = occasion;
    this.scores = new EnumMap<>(scores);
    this.recordedBy = recordedBy;
    this.sourceKey = sourceKey;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  public Occasion getOccasion() {
    return occasion;
  }

  public Map<ZrmDomain, Integer> getScores() {
    return scores;
  }
}
