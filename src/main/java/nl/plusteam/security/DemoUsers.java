package nl.plusteam.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo users for every role of the handbook; password = user id. Only in the demo profile. */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  record DemoUser(String id, String firstName, String lastName, String groupId) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "Demo", "Beheerder", Roles.ADMIN),
      new DemoUser("cmd.geldropmierlo", "Gerda", "Mulder (CMD Geldrop-Mierlo)", Roles.CMD_GELDROP_MIERLO),
      new DemoUser("cmd.waalre", "Wim", "de Groot (CMD Waalre)", Roles.CMD_WAALRE),
      new DemoUser("generalist.anna", "Anna", "de Vries", Roles.GENERALIST),
      new DemoUser("generalist.bram", "Bram", "Jansen", Roles.GENERALIST),
      new DemoUser("generalist.chris", "Chris", "Bakker", Roles.GENERALIST),
      new DemoUser("teammanager", "Tessa", "van Dijk (teammanager)", Roles.TEAM_MANAGER),
      new DemoUser("directeur", "Daan", "Smits (directeur)", Roles.DIRECTOR),
      new DemoUser("procesbeheerder", "Petra", "Visser (procesbeheerder)", Roles.PROCESS_OWNER));

  private final IdentityService identityService;

  DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(demo.id());
        user.setEmail(demo.id() + "@demo.plusteam.invalid");
        identityService.saveUser(user);
        created++;
      }
      if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.groupId()).count() == 0) {
        identityService.createMembership(demo.id(), demo.groupId());
      }
    }
    LOG.info("Demo-gebruikers aanwezig ({} nieuw aangemaakt); wachtwoord = gebruikersnaam", created);
  }
}
