package nl.plusteam.scaling;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A check-in with a household in monitoring (waakvlam), and what it led to. */
@Entity
public class MonitoringCheckIn {

  /** The check-in's options; the code is what the form sends and the model routes on. */
  public enum Outcome {
    CLOSE("afsluiten"), EXTEND("verlengen"), RELAPSE("terugval");

    private final String code;

    Outcome(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;
  private LocalDate heldOn;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String notes;
  private String recordedBy;
  private String sourceKey;

  protected MonitoringCheckIn() {}

  MonitoringCheckIn(Long caseFileId, LocalDate heldOn, Outcome outcome, String notes, String recordedBy,
      String sourceKey) {
    this.caseFileId = caseFileId;
    this.heldOn = heldOn;
    this.outcome = outcome;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.sourceKey = sourceKey;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getNotes() {
    return notes;
  }
}
