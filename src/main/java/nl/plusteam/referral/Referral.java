package nl.plusteam.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A referral to a care provider, or support the team gives with its own expertise (recorded to reduce referrals). */
@Entity
public class Referral {

  /** With the option value of the referral form. */
  public enum Kind {
    REFERRAL("verwijzing"), OWN_EXPERTISE("eigen-inzet");

    private final String formCode;

    Kind(String formCode) {
      this.formCode = formCode;
    }

    public String formCode() {
      return formCode;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String provider;
  private String careType;
  private LocalDate startDate;
  private BigDecimal estimatedCost;
  private String recordedBy;
  private Instant recordedAt;
  private String sourceKey;

  protected Referral() {}

  Referral(Long caseFileId, Kind kind, String provider, String careType, LocalDate startDate, BigDecimal estimatedCost,
      String recordedBy, Instant recordedAt, String sourceKey) {
    this.caseFileId = caseFileId;
    this.kind = kind;
    this.provider = provider;
    this.careType = careType;
    this.startDate = startDate;
    this.estimatedCost = estimatedCost;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.sourceKey = sourceKey;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getProvider() {
    return provider;
  }

  public String getCareType() {
    return careType;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public BigDecimal getEstimatedCost() {
    return estimatedCost;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
