package nl.plusteam.caseload;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A generalist involved in a case besides its lead and duo partner (derde betrokkene). */
@Entity
public class CaseThirdParty {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;
  private String userId;
  private LocalDate addedOn;
  private String addedBy;

  protected CaseThirdParty() {}

  CaseThirdParty(Long caseFileId, String userId, LocalDate addedOn, String addedBy) {
    this.caseFileId = caseFileId;
    this.userId = userId;
    this.addedOn = addedOn;
    this.addedBy = addedBy;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public String getUserId() {
    return userId;
  }

  public LocalDate getAddedOn() {
    return addedOn;
  }
}
