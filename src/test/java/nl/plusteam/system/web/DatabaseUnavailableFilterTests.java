package nl.plusteam.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableFilterTests {

  private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

  @Test
  void aPoolTimeoutDeepInTheChain_becomes503WithRetryAfterAndADutchMessage() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = (request, res) -> {
      throw new IllegalStateException("login check failed", new CannotCreateTransactionException("no tx",
          new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")));
    };

    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getContentAsString()).contains("niet bereikbaar").contains("niets opgeslagen");
  }

  @Test
  void connectionStateSqlErrors_countAsUnavailable_otherErrorsPassUnchanged() throws Exception {
    assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(
        new RuntimeException(new SQLException("Connection refused", "08001", new ConnectException())))).isTrue();
    assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(
        new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();

    FilterChain failing = (request, res) -> {
      throw new IllegalArgumentException("a bug, not an outage");
    };
    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), failing))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
