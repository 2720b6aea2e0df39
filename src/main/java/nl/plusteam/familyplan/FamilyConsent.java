package nl.plusteam.familyplan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The family's answer to a plan version, recorded as a fact: when, who spoke for the family, how. */
@Entity
public class FamilyConsent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long planId;
  private int round;
  private boolean familyAgrees;
  private LocalDate decidedOn;
  private String agreedBy;
  private String how;
  private boolean leadAgrees;
  private String refusalReason;
  private String recordedBy;
  private String sourceKey;

  protected FamilyConsent() {}

  FamilyConsent(Long planId, int round, boolean familyAgrees, LocalDate decidedOn, String agreedBy, String how,
      boolean leadAgrees, String refusalReason, String recordedBy, String sourceKey) {
    this.planId = planId;
    this.round = round;
    this.familyAgrees = familyAgrees;
    this.decidedOn = decidedOn;
    this.agreedBy = agreedBy;
    this.how = how;
    this.leadAgrees = leadAgrees;
    this.refusalReason = refusalReason;
    this.recordedBy = recordedBy;
    this.sourceKey = sourceKey;
  }

  public Long getPlanId() {
    return planId;
  }

  public int getRound() {
    return round;
  }

  public boolean isFamilyAgrees() {
    return familyAgrees;
  }

  public boolean isLeadAgrees() {
    return leadAgrees;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getAgreedBy() {
    return agreedBy;
  }

  public String getHow() {
    return how;
  }
}
