package nl.plusteam.safety;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A safety signal and the five steps of the reporting code (meldcode) it went through. Each step fills its
 * own fields; recording a step again (a retried job) writes the same values again.
 */
@Entity
public class SafetySignal {

  public enum Status { RAISED, CONSULTED, TALKED, WEIGHED, DECIDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String raisedBy;
  private Instant raisedAt;
  private String signals;
  private LocalDate observedSince;

  private String consultedColleague;
  private LocalDate consultedOn;
  private Boolean veiligThuisConsulted;
  private LocalDate veiligThuisConsultedOn;
  private String consultationNotes;

  private Boolean clientTalked;
  private LocalDate clientTalkedOn;
  private String clientTalkNotes;

  private Boolean acuteUnsafety;
  private Boolean structuralUnsafety;
  private Boolean helpPossible;
  private String weighingNotes;
  private String assessment;
  private Boolean reportRequired;
  private Instant decisionDueAt;

  private LocalDate decidedOn;
  private String decidedBy;
  private Boolean helpOrganised;
  private String helpDescription;
  private Boolean reportedToVeiligThuis;
  private LocalDate reportDate;
  private String reportReference;
  private String noReportReason;
  private String certifiedInstitution;
  private Boolean caseContinues;

  private String sourceKey;

  @Version
  private long version;

  protected SafetySignal() {}

  SafetySignal(Long caseFileId, String raisedBy, Instant raisedAt, String signals, LocalDate observedSince,
      String sourceKey) {
    this.caseFileId = caseFileId;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
    this.signals = signals;
    this.observedSince = observedSince;
    this.sourceKey = sourceKey;
    this.status = Status.RAISED;
  }

  void recordConsultation(String colleague, LocalDate on, boolean veiligThuis, LocalDate veiligThuisOn, String notes) {
    this.consultedColleague = colleague;
    this.consultedOn = on;
    this.veiligThuisConsulted = veiligThuis;
    this.veiligThuisConsultedOn = veiligThuisOn;
    this.consultationNotes = notes;
    this.status = Status.CONSULTED;
  }

  void recordClientTalk(boolean talked, LocalDate on, String notes) {
    this.clientTalked = talked;
    this.clientTalkedOn = on;
    this.clientTalkNotes = notes;
    this.status = Status.TALKED;
  }

  void recordWeighing(boolean acute, boolean structural, boolean help, String notes) {
    this.acuteUnsafety = acute;
    this.structuralUnsafety = structural;
    this.helpPossible = help;
    this.weighingNotes = notes;
    this.status = Status.WEIGHED;
  }

  void recordAssessment(String assessment, boolean reportRequired, Instant decisionDueAt) {
    this.assessment = assessment;
    this.reportRequired = reportRequired;
    this.decisionDueAt = decisionDueAt;
  }

  void recordDecision(LocalDate on, String by, boolean help, String helpText, boolean reported, LocalDate reportedOn,
      String reference, String noReportWhy, String institution, boolean continues) {
    this.decidedOn = on;
    this.decidedBy = by;
    this.helpOrganised = help;
    this.helpDescription = helpText;
    this.reportedToVeiligThuis = reported;
    this.reportDate = reportedOn;
    this.reportReference = reference;
    this.noReportReason = noReportWhy;
    this.certifiedInstitution = institution;
    this.caseContinues = continues;
    this.status = Status.DECIDED;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public Status getStatus() {
    return status;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public String getSignals() {
    return signals;
  }

  public LocalDate getObservedSince() {
    return observedSince;
  }

  public String getConsultedColleague() {
    return consultedColleague;
  }

  public Boolean getVeiligThuisConsulted() {
    return veiligThuisConsulted;
  }

  public LocalDate getConsultedOn() {
    return consultedOn;
  }

  public LocalDate getVeiligThuisConsultedOn() {
    return veiligThuisConsultedOn;
  }

  public LocalDate getClientTalkedOn() {
    return clientTalkedOn;
  }

  public Boolean getStructuralUnsafety() {
    return structuralUnsafety;
  }

  public Boolean getHelpPossible() {
    return helpPossible;
  }

  public String getConsultationNotes() {
    return consultationNotes;
  }

  public Boolean getClientTalked() {
    return clientTalked;
  }

  public String getClientTalkNotes() {
    return clientTalkNotes;
  }

  public Boolean getAcuteUnsafety() {
    return acuteUnsafety;
  }

  public String getWeighingNotes() {
    return weighingNotes;
  }

  public String getAssessment() {
    return assessment;
  }

  public Boolean getReportRequired() {
    return reportRequired;
  }

  public Instant getDecisionDueAt() {
    return decisionDueAt;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Boolean getHelpOrganised() {
    return helpOrganised;
  }

  public String getHelpDescription() {
    return helpDescription;
  }

  public Boolean getReportedToVeiligThuis() {
    return reportedToVeiligThuis;
  }

  public LocalDate getReportDate() {
    return reportDate;
  }

  public String getReportReference() {
    return reportReference;
  }

  public String getCertifiedInstitution() {
    return certifiedInstitution;
  }

  public Boolean getCaseContinues() {
    return caseContinues;
  }
}
