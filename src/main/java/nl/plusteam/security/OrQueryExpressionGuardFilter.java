package nl.plusteam.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.plusteam.system.web.CachedBodyRequest;

/**
 * Closes CVE-2026-109432: Camunda 7.24 validates expression fields of an ad-hoc task query
 * ({@code assigneeExpression}, {@code dueBeforeExpression}, ...) but not those inside its
 * {@code orQueries}, so any logged-in user can have the engine evaluate an expression of their choice.
 *
 * <p>The engine's or-query objects cannot be guarded from outside without breaking filter queries
 * (filters refuse extending queries of another class), so the request is refused before it reaches the
 * engine, on every HTTP path that accepts task queries: {@code /engine-rest/*} and the webapps' own
 * {@code /camunda/api/*}. Any JSON body (task query, task count, filter list, filter create/update) and
 * any {@code orQueries} query parameter is inspected; one expression field inside an or-query refuses
 * the whole request with 400.
 */
class OrQueryExpressionGuardFilter extends OncePerRequestFilter {

  /** Task query bodies are small; anything larger than this is not inspected by JSON parsing alone. */
  private static final int MAX_INSPECTED_BODY = 4 * 1024 * 1024;

  private final ObjectMapper objectMapper;

  OrQueryExpressionGuardFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Only the query string: reading parameters would consume form bodies (the webapps' login).
    String query = request.getQueryString();
    if (query != null) {
      String decoded = java.net.URLDecoder.decode(query, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      if (decoded.contains("orqueries") && decoded.contains("expression")) {
        refuse(response, "orQueries");
        return;
      }
    }
    if (!hasInspectableBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
    if (body.length > MAX_INSPECTED_BODY) {
      refuse(response, "(verzoek te groot om te controleren)");
      return;
    }
    Optional<String> offending = findExpressionInOrQueries(body);
    if (offending.isPresent()) {
      refuse(response, offending.get());
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static boolean hasInspectableBody(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
      return false;
    }
    String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
    // Deployments (multipart) and form posts carry no task query.
    return !contentType.startsWith("multipart/") && !contentType.startsWith("application/x-www-form-urlencoded");
  }

  private Optional<String> findExpressionInOrQueries(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = objectMapper.readTree(body);
    } catch (JsonProcessingException notJson) {
      return Optional.empty(); // not JSON: the engine's own parsing refuses it
    } catch (IOException e) {
      return Optional.empty();
    }
    return findIn(root, false);
  }

  private static Optional<String> findIn(JsonNode node, boolean insideOrQuery) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<String> found = findIn(element, insideOrQuery);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (insideOrQuery && name.toLowerCase(Locale.ROOT).endsWith("expression") && !value.isNull()) {
        return Optional.of("orQueries." + name);
      }
      Optional<String> found = findIn(value, insideOrQuery || "orQueries".equals(name));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private void refuse(HttpServletResponse response, String field) throws IOException {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), Map.of(
        "type", "InvalidRequestException",
        "message", "Expressies binnen orQueries van een taakzoekopdracht zijn niet toegestaan (veld "
            + field + "). Gebruik vaste waarden."));
  }
}
