package nl.plusteam.familyplan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An action of a family plan: who does what, when. */
@Entity
public class PlanAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int position;
  private String description;
  private String who;
  private LocalDate dueOn;

  protected PlanAction() {}

  PlanAction(int position, String description, String who, LocalDate dueOn) {
    this.position = position;
    this.description = description;
    this.who = who;
    this.dueOn = dueOn;
  }

  public String getDescription() {
    return description;
  }

  public String getWho() {
    return who;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
