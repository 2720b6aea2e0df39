package nl.plusteam.scaling;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One scale-up or scale-down of a case: what, when, why and who decided. */
@Entity
public class ScaleEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;

  @Enumerated(EnumType.STRING)
  private ScaleKind kind;

  @Enumerated(EnumType.STRING)
  private ScaleKind.Direction direction;

  private LocalDate occurredOn;
  private String reason;
  private String decidedBy;
  private Instant recordedAt;
  private Long safetySignalId;
  private String sourceKey;

  protected ScaleEvent() {}

  ScaleEvent(Long caseFileId, ScaleKind kind, LocalDate occurredOn, String reason, String decidedBy, Instant recordedAt,
      Long safetySignalId, String sourceKey) {
    this.caseFileId = caseFileId;
    this.kind = kind;
    this.direction = kind.direction();
    this.occurredOn = occurredOn;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.recordedAt = recordedAt;
    this.safetySignalId = safetySignalId;
    this.sourceKey = sourceKey;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public ScaleKind getKind() {
    return kind;
  }

  public ScaleKind.Direction getDirection() {
    return direction;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Long getSafetySignalId() {
    return safetySignalId;
  }
}
