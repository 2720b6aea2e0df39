package nl.plusteam.handoff;

import java.util.Arrays;
import java.util.Optional;

/** A household member's role: the target group needs at least one parent and one child. */
public enum MemberRole {
  PARENT("parent", "ouder"),
  CHILD("child", "kind");

  private final String code;
  private final String label;

  MemberRole(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<MemberRole> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
