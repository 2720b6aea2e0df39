package nl.plusteam.familyplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * One version of a household's family plan (gezinsplan). Versions are never changed after consent is
 * asked: a revision is a new version, the old ones stay as they were.
 */
@Entity
public class FamilyPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;

  private int version;

  @Enumerated(EnumType.STRING)
  private PlanStatus status;

  private String problemStatements;
  private String ownStrength;
  private String socialNetwork;
  private String generalProvisions;
  private String customisedProvisions;
  private String draftedBy;
  private Instant draftedAt;
  private String sourceKey;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderBy("position")
  private List<PlanGoal> goals = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderBy("position")
  private List<PlanAction> actions = new ArrayList<>();

  protected FamilyPlan() {}

  FamilyPlan(Long caseFileId, int version, String problemStatements, FourFrames solutions, String draftedBy,
      Instant draftedAt, String sourceKey) {
    this.caseFileId = caseFileId;
    this.version = version;
    this.status = PlanStatus.AWAITING_CONSENT;
    this.problemStatements = problemStatements;
    this.ownStrength = solutions.ownStrength();
    this.socialNetwork = solutions.socialNetwork();
    this.generalProvisions = solutions.generalProvisions();
    this.customisedProvisions = solutions.customisedProvisions();
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
    this.sourceKey = sourceKey;
  }

  /** Solutions along the four frames of the handbook. */
  public record FourFrames(String ownStrength, String socialNetwork, String generalProvisions,
      String customisedProvisions) {}

  void addGoal(PlanGoal goal) {
    goals.add(goal);
  }

  void addAction(PlanAction action) {
    actions.add(action);
  }

  void consented() {
    status = PlanStatus.CONSENTED;
  }

  void refused() {
    status = PlanStatus.REFUSED;
  }

  void superseded() {
    status = PlanStatus.SUPERSEDED;
  }

  public Optional<LocalDate> lastTargetDate() {
    return goals.stream().map(PlanGoal::getTargetDate).max(Comparator.naturalOrder());
  }

  public Long getId() {
    return id;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public int getVersion() {
    return version;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public String getProblemStatements() {
    return problemStatements;
  }

  public FourFrames getSolutions() {
    return new FourFrames(ownStrength, socialNetwork, generalProvisions, customisedProvisions);
  }

  public List<PlanGoal> getGoals() {
    return goals;
  }

  public List<PlanAction> getActions() {
    return actions;
  }
}
