package nl.plusteam.casefile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import nl.plusteam.handoff.Municipality;
import nl.plusteam.handoff.Urgency;

/** One household's trajectory with the PlusTeam (casus): one dossier, one plan, one lead. */
@Entity
public class CaseFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String reference;

  private Long handoffId;

  private Long householdId;

  @Enumerated(EnumType.STRING)
  private Municipality municipality;

  @Enumerated(EnumType.STRING)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  private String leadGeneralist;

  private String partnerGeneralist;

  private String processInstanceId;

  private Instant openedAt;

  private LocalDate intakeHeldOn;

  private String questionBehindQuestion;
  private String strengthsAndSources;

  @Enumerated(EnumType.STRING)
  private SafetyAssessment safetyAssessment;

  private String safetyNotes;
  private Boolean householdFits;
  private String returnReason;
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  private ClosingReason closingReason;

  private String closingNotes;
  private Integer closingSatisfaction;

  /** Triple L (lifelong, life-wide, life-course): confirmed when the case moves to the life-course track. */
  @jakarta.persistence.Column(name = "triple_l")
  private Boolean tripleL;

  @Version
  private long version;

  protected CaseFile() {}

  CaseFile(String reference, Long handoffId, Long householdId, Municipality municipality, Urgency urgency,
      Instant openedAt) {
    this.reference = reference;
    this.handoffId = handoffId;
    this.householdId = householdId;
    this.municipality = municipality;
    this.urgency = urgency;
    this.openedAt = openedAt;
    this.status = CaseStatus.RECEIVED;
  }

  void linkProcessInstance(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void assign(String lead, String partner) {
    this.leadGeneralist = lead;
    this.partnerGeneralist = partner;
    if (status == CaseStatus.RECEIVED) {
      status = CaseStatus.ASSIGNED;
    }
  }

  void recordIntake(LocalDate heldOn, String questionBehindQuestion, String strengthsAndSources,
      SafetyAssessment safety, String safetyNotes, boolean fits, String returnReason) {
    this.intakeHeldOn = heldOn;
    this.questionBehindQuestion = questionBehindQuestion;
    this.strengthsAndSources = strengthsAndSources;
    this.safetyAssessment = safety;
    this.safetyNotes = safetyNotes;
    this.householdFits = fits;
    this.returnReason = fits ? null : returnReason;
    this.status = fits ? CaseStatus.PLANNING : CaseStatus.RETURNED;
  }

  void startSupport() {
    this.status = CaseStatus.SUPPORT;
  }

  void enterLifeCourse() {
    this.tripleL = true;
    this.status = CaseStatus.LIFE_COURSE;
  }

  void enterMonitoring() {
    this.status = CaseStatus.MONITORING;
  }

  void handBack() {
    this.status = CaseStatus.HANDED_BACK;
  }

  /** After a relapse, or back from the life-course track: the plan is reviewed before support resumes. */
  void reviewPlan() {
    this.status = CaseStatus.PLANNING;
  }

  /** Whether the case is closed with exactly these facts. */
  boolean isClosedWith(LocalDate closedOn, ClosingReason reason, String notes, Integer satisfaction) {
    return status == CaseStatus.CLOSED && java.util.Objects.equals(this.closedOn, closedOn) && this.closingReason == reason
        && java.util.Objects.equals(this.closingNotes, notes) && java.util.Objects.equals(this.closingSatisfaction, satisfaction);
  }

  void close(LocalDate closedOn, ClosingReason reason, String notes, Integer satisfaction) {
    this.closedOn = closedOn;
    this.closingSatisfaction = satisfaction;
    this.closingReason = reason;
    this.closingNotes = notes;
    this.status = CaseStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Long getHandoffId() {
    return handoffId;
  }

  public Long getHouseholdId() {
    return householdId;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getLeadGeneralist() {
    return leadGeneralist;
  }

  public String getPartnerGeneralist() {
    return partnerGeneralist;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public LocalDate getIntakeHeldOn() {
    return intakeHeldOn;
  }

  public String getQuestionBehindQuestion() {
    return questionBehindQuestion;
  }

  public String getStrengthsAndSources() {
    return strengthsAndSources;
  }

  public SafetyAssessment getSafetyAssessment() {
    return safetyAssessment;
  }

  public Boolean getHouseholdFits() {
    return householdFits;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public ClosingReason getClosingReason() {
    return closingReason;
  }

  public Integer getClosingSatisfaction() {
    return closingSatisfaction;
  }

  public boolean isTripleL() {
    return Boolean.TRUE.equals(tripleL);
  }

  public boolean isRunning() {
    return CaseStatus.RUNNING.contains(status);
  }

  /** Lead or partner: the generalists who work on this case. */
  public boolean isWorkedOnBy(String userId) {
    return userId != null && (userId.equals(leadGeneralist) || userId.equals(partnerGeneralist));
  }
}
