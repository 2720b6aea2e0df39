package nl.plusteam.caseload;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A period in which a generalist is not available: from a date, until a date or open-ended. */
@Entity
public class GeneralistAbsence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String userId;
  private LocalDate absentFrom;
  private LocalDate absentUntil;

  @Enumerated(EnumType.STRING)
  private AbsenceReason reason;

  private String recordedBy;
  private Instant recordedAt;
  private String sourceKey;

  protected GeneralistAbsence() {}

  GeneralistAbsence(String userId, LocalDate absentFrom, LocalDate absentUntil, AbsenceReason reason,
      String recordedBy, Instant recordedAt, String sourceKey) {
    this.userId = userId;
    this.absentFrom = absentFrom;
    this.absentUntil = absentUntil;
    this.reason = reason;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.sourceKey = sourceKey;
  }

  void endBefore(LocalDate back) {
    this.absentUntil = back.minusDays(1);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(absentFrom) && (absentUntil == null || !day.isAfter(absentUntil));
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public LocalDate getAbsentFrom() {
    return absentFrom;
  }

  public LocalDate getAbsentUntil() {
    return absentUntil;
  }

  public AbsenceReason getReason() {
    return reason;
  }
}
