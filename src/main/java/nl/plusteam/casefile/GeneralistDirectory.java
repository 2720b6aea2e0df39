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

  /** The user's name as colleagues know it ("Anna de Vries"), or the user id when the user store has none. */
  public String nameOf(String userId) {
    User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? String.valueOf(userId) : displayName(user);
  }

  /** Name and e-mail address, for whoever must get in touch ("Anna de Vries, anna@…"). */
  public String contactOf(String userId) {
    User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return String.valueOf(userId);
    }
    return displayName(user) + (user.getEmail() == null || user.getEmail().isBlank() ? "" : ", " + user.getEmail());
  }

  public static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
