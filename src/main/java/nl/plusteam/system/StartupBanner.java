package nl.plusteam.system;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to log in. */
@Component
class StartupBanner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

  private final Environment environment;
  private final String baseUrl;

  StartupBanner(Environment environment, @Value("${plusteam.base-url}") String baseUrl) {
    this.environment = environment;
    this.baseUrl = baseUrl;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce(ApplicationReadyEvent event) {
    boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
    LOG.info("""

        ============================================================
         PlusTeam procesapplicatie draait ({} s)
         Tasklist, Cockpit, Admin: {}/camunda/
         API voor het CMD:         {}/api/handoffs  (beschrijving: {}/api-docs/ui)
         {}
        ============================================================""",
        String.format("%.1f", event.getTimeTaken().toMillis() / 1000.0), baseUrl, baseUrl, baseUrl,
        demo ? "Demo-logins (wachtwoord = gebruikersnaam): admin, cmd.geldropmierlo, cmd.waalre, generalist.anna,\n"
            + "         generalist.bram, generalist.chris, teammanager, directeur, procesbeheerder"
            : "Geen demo-gebruikers. Eerste start: maak de beheerder aan op " + baseUrl + "/camunda/");
  }
}
