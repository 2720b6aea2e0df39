package nl.plusteam.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.plusteam.security.CurrentUser;

/**
 * Records every successful (2xx) read of case content in the dossier-read log: Tasklist and Cockpit through the
 * webapps' engine API, the engine REST API, and the application's own API. Runs inside the authentication
 * filters, so the reader is known: the engine's current authentication (engine REST), the webapp session
 * (Tasklist/Cockpit) or {@link CurrentUser} (our API).
 *
 * <p><b>No log, no read.</b> The answer is held back until its read is recorded; if that fails, the reader gets
 * 503 and not the data. A refused or failed read (403, 404, 500) is not a read and is not recorded.
 */
class ReadLogFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ReadLogFilter.class);

  private final DossierReadLog log;
  private final IdentityService identityService;
  private final ObjectMapper objectMapper;
  private final String webappsEngineApi;

  /** @param webappsEngineApi the webapps' engine API, e.g. {@code /camunda/api/engine/engine} */
  ReadLogFilter(DossierReadLog log, IdentityService identityService, ObjectMapper objectMapper,
      String webappsEngineApi) {
    this.log = log;
    this.identityService = identityService;
    this.objectMapper = objectMapper;
    this.webappsEngineApi = webappsEngineApi;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<ReadTarget> target = ReadTarget.of(request.getMethod(), path, webappsEngineApi);
    if (target.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    if (held.getStatus() >= 200 && held.getStatus() < 300) {
      // Read while the engine authentication of engine REST is still set (the authentication filter is outside).
      String reader = reader(request, target.get().channel(), path);
      try {
        JsonNode answer = DossierReadLog.readsAnswer(target.get(), path) ? answer(held) : null;
        log.record(reader, target.get(), request.getMethod(), path, answer);
      } catch (RuntimeException e) {
        LOG.error("Inzage van {} door {} niet vastgelegd; het antwoord wordt geweigerd", path, reader, e);
        refuse(response);
        return;
      }
    }
    held.copyBodyToResponse();
  }

  private String reader(HttpServletRequest request, ReadChannel channel, String path) {
    return switch (channel) {
      case API -> request.getAttribute(CurrentUser.REQUEST_ATTRIBUTE) instanceof CurrentUser user ? user.userId() : null;
      case ENGINE_REST -> {
        Authentication authentication = identityService.getCurrentAuthentication();
        yield authentication == null ? null : authentication.getUserId();
      }
      case WEBAPPS -> webappUser(request, path);
    };
  }

  private String webappUser(HttpServletRequest request, String path) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    String rest = path.substring(webappsEngineApi.length() + 1);
    String engineName = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    return authentications != null
        && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication login
        ? login.getIdentityId() : null;
  }

  /** The JSON answer, for reads whose cases are in it; null for other answers. */
  private JsonNode answer(ContentCachingResponseWrapper held) {
    String type = held.getContentType();
    if (type == null || !type.contains("json")) {
      return null;
    }
    try {
      return objectMapper.readTree(held.getContentAsByteArray());
    } catch (IOException e) {
      return null;
    }
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.reset();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "Deze inzage kon niet worden vastgelegd in het auditlog. Zonder vastlegging worden de gegevens niet getoond; "
            + "probeer het later opnieuw of neem contact op met de beheerder.");
    problem.setTitle("Inzage niet vastgelegd");
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
