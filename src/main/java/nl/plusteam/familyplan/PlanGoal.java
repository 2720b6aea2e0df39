package nl.plusteam.familyplan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import nl.plusteam.zrm.ZrmDomain;

/** A goal of a family plan: tied to a ZRM domain, with a concrete result and a target date. */
@Entity
public class PlanGoal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int position;

  @Enumerated(EnumType.STRING)
  private ZrmDomain domain;

  private String intendedResult;

  private LocalDate targetDate;

  protected PlanGoal() {}

  PlanGoal(int position, ZrmDomain domain, String intendedResult, LocalDate targetDate) {
    this.position = position;
    this.domain = domain;
    this.intendedResult = intendedResult;
    this.targetDate = targetDate;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public ZrmDomain getDomain() {
    return domain;
  }

  public String getIntendedResult() {
    return intendedResult;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }
}
