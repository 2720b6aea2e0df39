package nl.plusteam.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.plusteam.system.EngineLogin;

/**
 * Closes CVE-2026-77226: the Admin app's first-run endpoint ({@code /api/admin/setup/{engine}/user/create})
 * lets an anonymous caller create an administrator whenever the {@code camunda-admin} group has no direct
 * member. We allow it only on a truly empty installation: as soon as any user exists, it is refused.
 */
class AdminSetupGuardFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  AdminSetupGuardFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (anyUserExists()) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":"
          + "\"De eerste-gebruiker-setup is uitgeschakeld: er bestaan al gebruikers. "
          + "Beheer gebruikers via Admin als beheerder.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Counts every user, not only those visible to whoever happens to be logged in on this thread. */
  private boolean anyUserExists() {
    return EngineLogin.as(identityService, null, () -> identityService.createUserQuery().count() > 0);
  }
}
