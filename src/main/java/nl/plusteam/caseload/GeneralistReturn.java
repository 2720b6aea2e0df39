package nl.plusteam.caseload;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A generalist's return ("weer beschikbaar vanaf"): which absence it ended and how it was left. Kept so that a
 * repeated step recognises the return it recorded: the absence itself no longer covers the day of return, or is gone.
 */
@Entity
public class GeneralistReturn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String userId;
  private LocalDate backOn;
  private LocalDate absentFrom;
  /** The absence's last day after the return; empty when the return cancelled it before it began. */
  private LocalDate absentUntil;

  @Enumerated(EnumType.STRING)
  private AbsenceReason reason;

  private String recordedBy;
  private Instant recordedAt;
  private String sourceKey;

  protected GeneralistReturn() {}

  GeneralistReturn(GeneralistAbsence ended, LocalDate backOn, boolean cancelled, String recordedBy, Instant recordedAt,
      String sourceKey) {
    this.userId = ended.getUserId();
    this.backOn = backOn;
    this.absentFrom = ended.getAbsentFrom();
    this.absentUntil = cancelled ? null : ended.getAbsentUntil();
    this.reason = ended.getReason();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.sourceKey = sourceKey;
  }

  /** The ended absence as the return left it (not stored again: for the step that recorded the return). */
  GeneralistAbsence endedAbsence() {
    return new GeneralistAbsence(userId, absentFrom, absentUntil, reason, recordedBy, recordedAt, sourceKey);
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public LocalDate getBackOn() {
    return backOn;
  }
}
