package nl.plusteam.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import nl.plusteam.demo.CaseHistoryDriver;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.security.Roles;

/**
 * The people a simulation needs, as engine users: its own generalists (new ids per run, so their caseloads are the
 * run's alone), and the team manager and CMD users the case history driver works as. Created without password: no
 * one logs in as them.
 */
@Component
class SimulationTeam {

  private final IdentityService identityService;

  SimulationTeam(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** {@code size} generalists {@code <run>.g01, <run>.g02, ...}, plus the team manager and CMD users if missing. */
  List<String> create(String run, int size) {
    ensure(CaseHistoryDriver.TEAM_MANAGER, "Teammanager", Roles.TEAM_MANAGER);
    for (Municipality municipality : Municipality.values()) {
      ensure(CaseHistoryDriver.cmdUserOf(municipality), "CMD " + municipality.label(), Roles.cmdGroupOf(municipality));
    }
    List<String> generalists = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      String id = run + ".g" + String.format(Locale.ROOT, "%02d", i);
      ensure(id, "Generalist " + i, Roles.GENERALIST);
      generalists.add(id);
    }
    return generalists;
  }

  private void ensure(String userId, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Simulatie");
      user.setLastName(lastName);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
