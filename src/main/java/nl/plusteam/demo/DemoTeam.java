package nl.plusteam.demo;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import nl.plusteam.security.Roles;

/**
 * The rest of a PlusTeam of about thirty generalists, next to the demo users Anna, Bram and Chris: invented
 * names, user id {@code generalist.<first name>}, password = user id, like the other demo users.
 */
@Component
public class DemoTeam {

  record Colleague(String firstName, String lastName) {
    String userId() {
      return "generalist." + firstName.toLowerCase(Locale.ROOT);
    }
  }

  static final List<Colleague> COLLEAGUES = List.of(
      new Colleague("Sanne", "van den Heuvel"), new Colleague("Lotte", "Verbeek"), new Colleague("Femke", "Hendriks"),
      new Colleague("Iris", "van Dongen"), new Colleague("Noor", "El Amrani"), new Colleague("Eva", "Schouten"),
      new Colleague("Fleur", "van Leeuwen"), new Colleague("Lisa", "Coolen"), new Colleague("Maaike", "Swinkels"),
      new Colleague("Ilse", "van der Linden"), new Colleague("Marloes", "Verhagen"), new Colleague("Esther", "Kuipers"),
      new Colleague("Karin", "Smulders"), new Colleague("Wendy", "van Gerwen"), new Colleague("Yasmina", "Bouali"),
      new Colleague("Joost", "van Rooij"), new Colleague("Ruud", "Aarts"), new Colleague("Martijn", "Manders"),
      new Colleague("Thijs", "Wijnen"), new Colleague("Jeroen", "van Asten"), new Colleague("Sander", "Rovers"),
      new Colleague("Niels", "Bogaerts"), new Colleague("Koen", "van de Ven"), new Colleague("Bas", "Claassen"),
      new Colleague("Mehmet", "Yilmaz"), new Colleague("Erik", "Sanders"), new Colleague("Roel", "Donkers"));

  private final IdentityService identityService;

  DemoTeam(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the colleagues that are missing; returns every member of the generalist group. */
  public List<String> ensureGeneralists() {
    for (Colleague colleague : COLLEAGUES) {
      if (identityService.createUserQuery().userId(colleague.userId()).count() == 0) {
        User user = identityService.newUser(colleague.userId());
        user.setFirstName(colleague.firstName());
        user.setLastName(colleague.lastName());
        user.setPassword(colleague.userId());
        user.setEmail(colleague.userId() + "@demo.plusteam.invalid");
        identityService.saveUser(user);
        identityService.createMembership(colleague.userId(), Roles.GENERALIST);
      }
    }
    return identityService.createUserQuery().memberOfGroup(Roles.GENERALIST).orderByUserId().asc().list().stream()
        .map(User::getId).toList();
  }

  /** The colleagues' user ids (not Anna, Bram and Chris). */
  public static List<String> colleagueIds() {
    return COLLEAGUES.stream().map(Colleague::userId).toList();
  }
}
