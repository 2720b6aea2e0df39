package nl.plusteam.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import nl.plusteam.casefile.NextStep;

/** An evaluation with the family: per goal reached / partly / not and why, satisfaction, the next step. */
@Entity
public class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseFileId;
  private Long planId;
  private LocalDate heldOn;
  private int satisfaction;

  @Enumerated(EnumType.STRING)
  private NextStep nextStep;

  private Long zrmMeasurementId;
  private String recordedBy;
  private String sourceKey;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "goal_evaluation", joinColumns = @JoinColumn(name = "evaluation_id"))
  private List<GoalOutcome> goals = new ArrayList<>();

  protected Evaluation() {}

  Evaluation(Long caseFileId, Long planId, LocalDate heldOn, int satisfaction, NextStep nextStep,
      Long zrmMeasurementId, List<GoalOutcome> goals, String recordedBy, String sourceKey) {
    this.caseFileId = caseFileId;
    this.planId = planId;
    this.heldOn = heldOn;
    this.satisfaction = satisfaction;
    this.nextStep = nextStep;
    this.zrmMeasurementId = zrmMeasurementId;
    this.goals = new ArrayList<>(goals);
    this.recordedBy = recordedBy;
    this.sourceKey = sourceKey;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public Long getPlanId() {
    return planId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public int getSatisfaction() {
    return satisfaction;
  }

  public NextStep getNextStep() {
    return nextStep;
  }

  public List<GoalOutcome> getGoals() {
    return goals;
  }
}
