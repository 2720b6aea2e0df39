package nl.plusteam.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A member of a household. The BSN lives here only; it never enters the engine. */
@Entity
public class HouseholdMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  private int position;

  private String name;

  @Enumerated(EnumType.STRING)
  private MemberRole role;

  private int birthYear;

  private String bsn;

  protected HouseholdMember() {}

  HouseholdMember(Household household, int position, String name, MemberRole role, int birthYear, String bsn) {
    this.household = household;
    this.position = position;
    this.name = name;
    this.role = role;
    this.birthYear = birthYear;
    this.bsn = bsn;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public MemberRole getRole() {
    return role;
  }

  public int getBirthYear() {
    return birthYear;
  }

  public String getBsn() {
    return bsn;
  }
}
