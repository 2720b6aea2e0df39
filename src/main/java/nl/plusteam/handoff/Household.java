package nl.plusteam.handoff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A household (gezin) the PlusTeam supports. Dossier data: never copied into the engine. */
@Entity
public class Household {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Municipality municipality;

  private Instant createdAt;

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<HouseholdMember> members = new ArrayList<>();

  protected Household() {}

  public Household(Municipality municipality, Instant createdAt) {
    this.municipality = municipality;
    this.createdAt = createdAt;
  }

  public void addMember(String name, MemberRole role, int birthYear, String bsn) {
    members.add(new HouseholdMember(this, members.size(), name, role, birthYear, bsn));
  }

  public long count(MemberRole role) {
    return members.stream().filter(m -> m.getRole() == role).count();
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<HouseholdMember> getMembers() {
    return Collections.unmodifiableList(members);
  }
}
