package nl.plusteam.handoff;

import java.util.Optional;

import nl.plusteam.system.Coded;

/** A household member's role: the target group needs at least one parent and one child. */
public enum MemberRole implements Coded {
  PARENT("ouder"),
  CHILD("kind");

  private final String label;

  MemberRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<MemberRole> ofCode(String code) {
    return Coded.ofCode(MemberRole.class, code);
  }
}
