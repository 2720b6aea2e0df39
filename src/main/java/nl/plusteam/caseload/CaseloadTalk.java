package nl.plusteam.caseload;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One generalist's caseload talk in a round: the preparation (or that there was none) and the talk. */
@Entity
public class CaseloadTalk {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String roundKey;
  private String generalist;
  private LocalDate talkDate;
  private LocalDate preparationDue;
  private Boolean prepared;
  private LocalDate preparedOn;
  private String preparationNotes;
  private BigDecimal weightedCaseload;
  private BigDecimal caseloadNorm;
  private Integer caseCount;
  private LocalDate heldOn;
  private String heldBy;
  private String talkNotes;

  @Version
  private long version;

  protected CaseloadTalk() {}

  CaseloadTalk(String roundKey, String generalist, LocalDate talkDate, LocalDate preparationDue) {
    this.roundKey = roundKey;
    this.generalist = generalist;
    this.talkDate = talkDate;
    this.preparationDue = preparationDue;
  }

  void prepared(LocalDate on, String notes, CaseloadService.Caseload caseload, double norm) {
    this.prepared = true;
    this.preparedOn = on;
    this.preparationNotes = notes;
    snapshot(caseload, norm);
  }

  void unprepared(CaseloadService.Caseload caseload, double norm) {
    this.prepared = false;
    snapshot(caseload, norm);
  }

  private void snapshot(CaseloadService.Caseload caseload, double norm) {
    this.weightedCaseload = BigDecimal.valueOf(caseload.weighted()).setScale(2, java.math.RoundingMode.HALF_UP);
    this.caseloadNorm = BigDecimal.valueOf(norm).setScale(2, java.math.RoundingMode.HALF_UP);
    this.caseCount = (int) caseload.cases();
  }

  void held(LocalDate on, String by, String notes) {
    this.heldOn = on;
    this.heldBy = by;
    this.talkNotes = notes;
  }

  public Long getId() {
    return id;
  }

  public String getRoundKey() {
    return roundKey;
  }

  public String getGeneralist() {
    return generalist;
  }

  public LocalDate getTalkDate() {
    return talkDate;
  }

  public LocalDate getPreparationDue() {
    return preparationDue;
  }

  /** Null while the preparation is open; false when its deadline passed without it. */
  public Boolean getPrepared() {
    return prepared;
  }

  public LocalDate getPreparedOn() {
    return preparedOn;
  }

  public String getPreparationNotes() {
    return preparationNotes;
  }

  public BigDecimal getWeightedCaseload() {
    return weightedCaseload;
  }

  public BigDecimal getCaseloadNorm() {
    return caseloadNorm;
  }

  public Integer getCaseCount() {
    return caseCount;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getHeldBy() {
    return heldBy;
  }

  public String getTalkNotes() {
    return talkNotes;
  }
}
