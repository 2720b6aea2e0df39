package nl.plusteam.casefile;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import nl.plusteam.security.Roles;

/** The PlusTeam's generalists, as members of the {@code generalist} group in the engine's user store. */
@Component
public class GeneralistDirectory {

  private final IdentityService identityService;

  GeneralistDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<User> generalists() {
    return identityService.createUserQuery().memberOfGroup(Roles.GENERALIST).list().stream()
        .sorted(Comparator.comparing(GeneralistDirectory::displayName))
        .toList();
  }

  public boolean isGeneralist(String userId) {
    return userId != null
        && identityService.createUserQuery().userId(userId).memberOfGroup(Roles.GENERALIST).count() > 0;
  }

  public static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
