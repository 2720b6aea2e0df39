package nl.plusteam.security;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.plusteam.casefile.GeneralistDirectory;

/** Who is logged in and what the dashboard may offer them; nothing about cases. */
@RestController
@Tag(name = "Gebruiker", description = "De ingelogde gebruiker")
class MeController {

  private final GeneralistDirectory people;

  MeController(GeneralistDirectory people) {
    this.people = people;
  }

  record Me(String userId, String name, List<String> roles, boolean canSeeDashboard, boolean canSeeCases,
      boolean canRequestReport) {}

  @GetMapping(path = "/api/ik", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "De ingelogde gebruiker, zijn rollen en wat het dashboard hem toont")
  Me me(@Parameter(hidden = true) @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user) {
    boolean manager = user.isManager();
    return new Me(user.userId(), people.nameOf(user.userId()), user.groupIds(), manager, manager, manager);
  }
}
