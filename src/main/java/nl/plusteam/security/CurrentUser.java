package nl.plusteam.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.plusteam.handoff.Municipality;

/** The person calling the application's own API, authenticated against the engine's identity store. */
public record CurrentUser(String userId, List<String> groupIds) {

  public static final String REQUEST_ATTRIBUTE = "nl.plusteam.currentUser";

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId);
  }

  /** The team manager or the director: who sees the team's caseloads and management information. */
  public boolean isManager() {
    return isMemberOf(Roles.TEAM_MANAGER) || isMemberOf(Roles.DIRECTOR);
  }

  /** The municipalities this user may hand off for: one per CMD group they belong to. */
  public Set<Municipality> cmdMunicipalities() {
    return groupIds.stream()
        .map(Roles::municipalityOfCmdGroup)
        .flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableSet());
  }
}
