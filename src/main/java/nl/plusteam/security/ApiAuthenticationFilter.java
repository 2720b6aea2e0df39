package nl.plusteam.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates calls to the application's own API ({@code /api/*}) with HTTP Basic against the
 * engine's user store, the same accounts people use for Tasklist and Cockpit. Anonymous or wrong
 * credentials get 401 with a Dutch explanation and never reach a controller.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;
  private final ObjectMapper objectMapper;

  ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper) {
    this.identityService = identityService;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentUser user = authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (user == null) {
      refuse(response);
      return;
    }
    request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
    chain.doFilter(request, response);
  }

  private CurrentUser authenticate(String authorization) {
    if (authorization == null || !authorization.startsWith(BASIC)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    // checkPassword also counts failed attempts and locks the account after too many (engine default).
    if (!identityService.checkPassword(userId, password)) {
      return null;
    }
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
    return new CurrentUser(userId, groupIds);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
        "Log in met uw gebruikersnaam en wachtwoord (HTTP Basic) om deze API te gebruiken.");
    problem.setTitle("Niet ingelogd");
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PlusTeam\", charset=\"UTF-8\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
