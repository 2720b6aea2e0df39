package nl.plusteam.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
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
import jakarta.servlet.http.HttpSession;

/**
 * Authenticates calls to the application's own API ({@code /api/*}) with HTTP Basic against the
 * engine's user store, the same accounts people use for Tasklist and Cockpit, or with the session of someone
 * logged in to those webapps (the dashboard's way in: the same login). Anonymous or wrong credentials get 401
 * with a Dutch explanation and never reach a controller. A request that changes something on the strength of
 * the session must carry {@code X-Requested-With: XMLHttpRequest}, which another site's page cannot send
 * without our consent (CSRF protection); Basic calls carry their credentials themselves.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";

  static final String REQUESTED_WITH = "X-Requested-With";

  private final IdentityService identityService;
  private final ObjectMapper objectMapper;
  private final String engineName;

  ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper, String engineName) {
    this.identityService = identityService;
    this.objectMapper = objectMapper;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    CurrentUser user = authorization != null ? authenticate(authorization) : fromWebappSession(request);
    if (user == null) {
      refuse(request, response);
      return;
    }
    if (authorization == null && !isSafe(request.getMethod())
        && !"XMLHttpRequest".equals(request.getHeader(REQUESTED_WITH))) {
      problem(response, HttpStatus.FORBIDDEN, "Verzoek geweigerd",
          "Dit verzoek komt niet van het dashboard (kopregel X-Requested-With ontbreekt) en is daarom geweigerd.");
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

  /** The user logged in to Tasklist, Cockpit or Admin in this browser session, if any. */
  private CurrentUser fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication login)) {
      return null;
    }
    return new CurrentUser(login.getIdentityId(),
        login.getGroupIds() == null ? List.of() : List.copyOf(login.getGroupIds()));
  }

  private static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // No Basic challenge for the dashboard's own calls, or the browser would pop up its login dialog over the page.
    if (!"XMLHttpRequest".equals(request.getHeader(REQUESTED_WITH))) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PlusTeam\", charset=\"UTF-8\"");
    }
    problem(response, HttpStatus.UNAUTHORIZED, "Niet ingelogd", "Log in met uw gebruikersnaam en wachtwoord: "
        + "in Tasklist of Cockpit (/camunda/) voor het dashboard, of met HTTP Basic voor deze API.");
  }

  private void problem(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
