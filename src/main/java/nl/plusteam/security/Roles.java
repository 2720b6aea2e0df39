package nl.plusteam.security;

import java.util.List;
import java.util.Optional;

import nl.plusteam.handoff.Municipality;

/** The handbook's roles ("Who is who") as Camunda group ids. */
public final class Roles {

  public static final String ADMIN = "camunda-admin";
  public static final String CMD_GELDROP_MIERLO = "cmd-geldrop-mierlo";
  public static final String CMD_WAALRE = "cmd-waalre";
  public static final String GENERALIST = "generalist";
  public static final String TEAM_MANAGER = "teammanager";
  public static final String DIRECTOR = "directeur";
  public static final String PROCESS_OWNER = "procesbeheerder";

  /** Every role group with its Dutch name, in the order Admin shows them. */
  public static final List<Role> ALL = List.of(
      new Role(CMD_GELDROP_MIERLO, "CMD Geldrop-Mierlo"),
      new Role(CMD_WAALRE, "CMD Waalre"),
      new Role(GENERALIST, "Generalisten PlusTeam"),
      new Role(TEAM_MANAGER, "Teammanager (adjunct-directeur)"),
      new Role(DIRECTOR, "Directeur"),
      new Role(PROCESS_OWNER, "Procesbeheerders"));

  public record Role(String groupId, String name) {}

  private Roles() {}

  /** The CMD group that hands off cases for a municipality. */
  public static String cmdGroupOf(Municipality municipality) {
    return switch (municipality) {
      case GELDROP_MIERLO -> CMD_GELDROP_MIERLO;
      case WAALRE -> CMD_WAALRE;
    };
  }

  /** The municipality a CMD group works for, if the group is a CMD group. */
  public static Optional<Municipality> municipalityOfCmdGroup(String groupId) {
    return switch (groupId) {
      case CMD_GELDROP_MIERLO -> Optional.of(Municipality.GELDROP_MIERLO);
      case CMD_WAALRE -> Optional.of(Municipality.WAALRE);
      default -> Optional.empty();
    };
  }
}
