package nl.plusteam.casefile;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A deadline that passed without the work being done, recorded for the quarterly KPIs. */
@Entity
public class DeadlineBreach {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;

  @Enumerated(EnumType.STRING)
  private DeadlineKind kind;

  private Instant dueAt;

  private Instant recordedAt;

  protected DeadlineBreach() {}

  DeadlineBreach(Long caseFileId, DeadlineKind kind, Instant dueAt, Instant recordedAt) {
    this.caseFileId = caseFileId;
    this.kind = kind;
    this.dueAt = dueAt;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public DeadlineKind getKind() {
    return kind;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
