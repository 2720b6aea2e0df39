package nl.plusteam.caseload;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An action agreed in a caseload talk, or when arranging cover for an absent generalist. */
@Entity
public class CaseloadAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long talkId;
  private String sourceKey;
  private int position;

  @Enumerated(EnumType.STRING)
  private ActionKind kind;

  private Long caseFileId;
  private String generalist;
  private LocalDate agreedDate;
  private String scaleDownKind;
  private String description;
  private LocalDate agreedOn;
  private String agreedBy;

  protected CaseloadAction() {}

  CaseloadAction(Long talkId, String sourceKey, int position, AgreedAction action, LocalDate agreedOn,
      String agreedBy) {
    this.talkId = talkId;
    this.sourceKey = sourceKey;
    this.position = position;
    this.kind = action.kind();
    this.caseFileId = action.caseFile() == null ? null : action.caseFile().getId();
    this.generalist = action.generalist();
    this.agreedDate = action.date();
    this.scaleDownKind = action.scaleDownTo() == null ? null : action.scaleDownTo().code();
    this.description = action.description();
    this.agreedOn = agreedOn;
    this.agreedBy = agreedBy;
  }

  public Long getTalkId() {
    return talkId;
  }

  public int getPosition() {
    return position;
  }

  public ActionKind getKind() {
    return kind;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public String getGeneralist() {
    return generalist;
  }

  public LocalDate getAgreedDate() {
    return agreedDate;
  }

  public String getScaleDownKind() {
    return scaleDownKind;
  }

  public String getDescription() {
    return description;
  }
}
