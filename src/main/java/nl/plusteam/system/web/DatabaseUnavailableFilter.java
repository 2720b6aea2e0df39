package nl.plusteam.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While the database is away, a request fails in whatever layer first needs a connection (often the login
 * check). Instead of a generic 500 page the caller gets {@code 503 Service Unavailable} with
 * {@code Retry-After} and a Dutch message saying that nothing was saved: the transaction never started, so a
 * retry is safe (and idempotent where it matters). Any other error passes unchanged.
 */
public class DatabaseUnavailableFilter implements Filter {

  static final String MESSAGE = "De database is tijdelijk niet bereikbaar. Er is niets opgeslagen; probeer het over "
      + "een halve minuut opnieuw.";
  static final int RETRY_AFTER_SECONDS = 30;

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!isDatabaseUnavailable(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("Database niet bereikbaar: {}", rootMessage(e));
      HttpServletResponse http = (HttpServletResponse) response;
      http.resetBuffer();
      http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      http.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      http.setContentType("application/json");
      http.setCharacterEncoding(StandardCharsets.UTF_8.name());
      http.getWriter().write("{\"type\":\"DatabaseUnavailable\",\"message\":\"" + MESSAGE + "\"}");
    }
  }

  /** True when the cause chain says no connection could be had (pool timeout, connection refused, SQLState 08). */
  static boolean isDatabaseUnavailable(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
          || cause instanceof CannotCreateTransactionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
